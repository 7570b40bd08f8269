package vn.treem.cases.child;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A parent or caregiver of a child (personal data of an adult). */
@Embeddable
public class Caregiver {

    @Column(name = "full_name", nullable = false, length = 150)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public CaregiverRelationship relationship;

    @Column(length = 20)
    public String phone;

    /** The child's legal guardian (người giám hộ), whose consent counts for the child. */
    @Column(nullable = false)
    public boolean guardian;

    @Column(name = "lives_with_child", nullable = false)
    public boolean livesWithChild;

    public static Caregiver of(String fullName, CaregiverRelationship relationship, String phone, boolean guardian,
            boolean livesWithChild) {
        Caregiver caregiver = new Caregiver();
        caregiver.fullName = fullName.strip();
        caregiver.relationship = relationship;
        caregiver.phone = phone;
        caregiver.guardian = guardian;
        caregiver.livesWithChild = livesWithChild;
        return caregiver;
    }
}
