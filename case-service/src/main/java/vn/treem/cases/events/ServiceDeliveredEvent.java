package vn.treem.cases.events;

import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code vn.treem.case.case.service-delivered.v1}: type and date only, no provider notes or outcome text. */
public record ServiceDeliveredEvent(
        UUID caseId,
        UUID serviceId,
        String communeCode,
        String provinceCode,
        String serviceType,
        LocalDate deliveredOn,
        String childSex,
        String childAgeBand) {

    public static final String TYPE = "vn.treem.case.case.service-delivered.v1";
}
