package vn.treem.cases.consent;

public enum ConsentDecision {
    GIVEN, REFUSED, WITHDRAWN
}
