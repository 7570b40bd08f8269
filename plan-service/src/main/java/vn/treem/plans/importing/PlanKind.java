package vn.treem.plans.importing;

/**
 * Kind of plan, from its title: annual (năm YYYY), multi-year (giai đoạn), thematic, or implementation of a higher
 * document (thực hiện Chỉ thị …).
 */
public enum PlanKind {
    ANNUAL, MULTI_YEAR, THEMATIC, IMPLEMENTATION
}
