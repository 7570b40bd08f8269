package vn.treem.cases.national;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import vn.treem.cases.casework.CaseStatus;
import vn.treem.cases.child.Sex;

/**
 * The code lists of the exchange with the national child database (docs/integrations/national-child-db.md): sex as the
 * civil-status digit, case statuses as the steps of Decree 56/2017. Ethnicity (GSO 01–54) and the groups G01–G14 are
 * exchanged as Treem keeps them.
 */
public final class NationalCodes {

    private static final Map<CaseStatus, String> STATUSES = new EnumMap<>(CaseStatus.class);

    static {
        STATUSES.put(CaseStatus.RECEIVED, "TIEP_NHAN");
        STATUSES.put(CaseStatus.INITIAL_ASSESSMENT, "DANH_GIA_BAN_DAU");
        STATUSES.put(CaseStatus.EMERGENCY_PROTECTION, "BAO_VE_KHAN_CAP");
        STATUSES.put(CaseStatus.ASSESSMENT, "DANH_GIA_CHI_TIET");
        STATUSES.put(CaseStatus.PLAN_DRAFTED, "LAP_KE_HOACH");
        STATUSES.put(CaseStatus.PLAN_APPROVED, "PHE_DUYET_KE_HOACH");
        STATUSES.put(CaseStatus.IN_INTERVENTION, "THUC_HIEN_KE_HOACH");
        STATUSES.put(CaseStatus.UNDER_REVIEW, "RA_SOAT_DANH_GIA");
        STATUSES.put(CaseStatus.CLOSED, "DONG_HO_SO");
        STATUSES.put(CaseStatus.TRANSFERRED, "CHUYEN_DIA_BAN");
        STATUSES.put(CaseStatus.REOPENED, "MO_LAI");
    }

    private NationalCodes() {
    }

    /** {@code 1} male, {@code 2} female, {@code 0} not known. */
    public static String sex(Sex sex) {
        return switch (sex) {
            case MALE -> "1";
            case FEMALE -> "2";
            case UNKNOWN -> "0";
        };
    }

    /** Our sex for a national code; {@link Sex#UNKNOWN} for anything else. */
    public static Sex sex(String code) {
        if ("1".equals(code)) {
            return Sex.MALE;
        }
        return "2".equals(code) ? Sex.FEMALE : Sex.UNKNOWN;
    }

    /** The national code of a case status. */
    public static String caseStatus(CaseStatus status) {
        return STATUSES.get(status);
    }

    public static Optional<CaseStatus> caseStatus(String code) {
        return STATUSES.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
                .findFirst();
    }
}
