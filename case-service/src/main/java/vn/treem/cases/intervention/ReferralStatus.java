package vn.treem.cases.intervention;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral stands: sent, then accepted or declined by the agency, then completed. */
public enum ReferralStatus {

    SENT, ACCEPTED, DECLINED, COMPLETED;

    public Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(COMPLETED);
            default -> EnumSet.noneOf(ReferralStatus.class);
        };
    }
}
