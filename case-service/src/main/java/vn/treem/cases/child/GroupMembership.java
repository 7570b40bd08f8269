package vn.treem.cases.child;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A child's membership of a special-circumstance group, with an optional sub-group and validity dates. */
@Embeddable
public class GroupMembership {

    @Enumerated(EnumType.STRING)
    @Column(name = "group_code", nullable = false, length = 3)
    public SpecialCircumstance code;

    @Column(name = "sub_group", length = 60)
    public String subGroup;

    public LocalDate since;

    public LocalDate until;

    public static GroupMembership of(SpecialCircumstance code, String subGroup, LocalDate since, LocalDate until) {
        GroupMembership membership = new GroupMembership();
        membership.code = code;
        membership.subGroup = subGroup;
        membership.since = since;
        membership.until = until;
        return membership;
    }

    /** True when the membership holds on {@code date}. */
    public boolean activeOn(LocalDate date) {
        return (since == null || !since.isAfter(date)) && (until == null || !until.isBefore(date));
    }
}
