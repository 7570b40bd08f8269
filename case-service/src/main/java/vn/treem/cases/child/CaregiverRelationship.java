package vn.treem.cases.child;

/** How a parent or caregiver is related to the child (form Mẫu 01, "cha mẹ, người chăm sóc"). */
public enum CaregiverRelationship {
    FATHER, MOTHER, STEPFATHER, STEPMOTHER, GRANDPARENT, SIBLING, OTHER_RELATIVE, GUARDIAN, FOSTER_PARENT, CARE_FACILITY, OTHER
}
