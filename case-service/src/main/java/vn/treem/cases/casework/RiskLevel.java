package vn.treem.cases.casework;

/** Risk to the child, at the initial assessment (Mẫu 02) and as residual risk at review (Mẫu 06). */
public enum RiskLevel {
    HIGH, MEDIUM, LOW
}
