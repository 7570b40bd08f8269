package vn.treem.platform.adminunits;

import java.time.LocalDate;

/** One administrative unit as it was in one edition of the hierarchy. Codes keep their leading zeros. */
public record AdminUnit(String code, String name, Level level, String parentCode, String edition, LocalDate validFrom,
        LocalDate validTo) {

    public enum Level {
        COUNTRY, PROVINCE, DISTRICT, COMMUNE
    }

    public static final String COUNTRY_CODE = "VN";

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
