package vn.treem.reporting.indicators;

import static vn.treem.reporting.indicators.Disaggregation.AGE_BAND;
import static vn.treem.reporting.indicators.Disaggregation.CHANNEL;
import static vn.treem.reporting.indicators.Disaggregation.DEADLINE_KIND;
import static vn.treem.reporting.indicators.Disaggregation.ETHNICITY;
import static vn.treem.reporting.indicators.Disaggregation.FORM_OF_ABUSE;
import static vn.treem.reporting.indicators.Disaggregation.GROUP;
import static vn.treem.reporting.indicators.Disaggregation.SEX;

import java.util.List;
import java.util.Optional;

import vn.treem.reporting.indicators.IndicatorDefinition.Formula;

/**
 * The indicators of Treem: those computed from case and plan events (counted from the projected facts on query, per
 * commune and up the hierarchy) and those reported by agencies (Circular 13/2021 §4; the full list was not recoverable,
 * so it is data: more are added as they become known). Formulas, units and disaggregations are part of each definition
 * (docs/indicators.md).
 */
public final class IndicatorCatalog {

    public static final String INTAKES_RECEIVED = "INTAKES_RECEIVED";
    public static final String PLANS_ISSUED = "PLANS_ISSUED";
    public static final String ABUSED_CHILDREN = "ABUSED_CHILDREN";
    public static final String ABUSED_CHILDREN_WITH_INTERVENTION = "ABUSED_CHILDREN_WITH_INTERVENTION";
    public static final String ABUSED_CHILDREN_INTERVENTION_SHARE = "ABUSED_CHILDREN_INTERVENTION_SHARE";
    public static final String ABUSED_CHILDREN_TIMELY_INTERVENTION_SHARE = "ABUSED_CHILDREN_TIMELY_INTERVENTION_SHARE";
    public static final String CHILDREN_SPECIAL_CIRCUMSTANCES = "CHILDREN_SPECIAL_CIRCUMSTANCES";
    public static final String CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED = "CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED";
    public static final String CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE = "CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE";
    public static final String CASES_WITH_MISSED_DEADLINE = "CASES_WITH_MISSED_DEADLINE";

    public static final String COUNT = "count";
    public static final String PERCENT = "percent";
    public static final String PER_MILLE = "per_mille";

    private static final List<PeriodType> ALL_PERIODS = List.of(PeriodType.values());
    private static final List<PeriodType> YEARLY = List.of(PeriodType.YEAR);
    private static final List<PeriodType> HALF_YEARLY = List.of(PeriodType.YEAR, PeriodType.HALF_YEAR);
    private static final String LABOUR_HEALTH = "Cơ quan quản lý nhà nước về trẻ em (Sở Y tế từ 01/3/2025)";

    private static final List<IndicatorDefinition> INDICATORS = List.of(
            computed(INTAKES_RECEIVED, null, COUNT, Formula.count("intakes received"), List.of(CHANNEL, SEX,
                    AGE_BAND, FORM_OF_ABUSE)),
            computed(PLANS_ISSUED, null, COUNT, Formula.count("plans issued"), List.of()),
            computed(ABUSED_CHILDREN, null, COUNT, Formula.count("children with a case opened for a form of abuse"),
                    List.of(FORM_OF_ABUSE, SEX, AGE_BAND)),
            computed(ABUSED_CHILDREN_WITH_INTERVENTION, null, COUNT,
                    Formula.count("abused children whose case received intervention"),
                    List.of(FORM_OF_ABUSE, SEX, AGE_BAND)),
            computed(ABUSED_CHILDREN_INTERVENTION_SHARE, null, PERCENT,
                    Formula.share(ABUSED_CHILDREN_WITH_INTERVENTION, ABUSED_CHILDREN), List.of(SEX, AGE_BAND)),
            computed(ABUSED_CHILDREN_TIMELY_INTERVENTION_SHARE, null, PERCENT,
                    Formula.share("abused children assessed within the statutory limit and given intervention",
                            ABUSED_CHILDREN),
                    List.of(SEX, AGE_BAND)),
            computed(CHILDREN_SPECIAL_CIRCUMSTANCES, null, COUNT,
                    Formula.count("children in a special-circumstance group on the last day of the period"),
                    List.of(GROUP, SEX, AGE_BAND, ETHNICITY)),
            computed(CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED, null, COUNT,
                    Formula.count("children in special circumstances whose case received intervention"),
                    List.of(GROUP, SEX, AGE_BAND, ETHNICITY)),
            computed(CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED_SHARE, null, PERCENT,
                    Formula.share(CHILDREN_SPECIAL_CIRCUMSTANCES_ASSISTED, CHILDREN_SPECIAL_CIRCUMSTANCES),
                    List.of(SEX, AGE_BAND)),
            computed(CASES_WITH_MISSED_DEADLINE, null, COUNT,
                    Formula.count("cases with a statutory deadline passed unmet in the period"),
                    List.of(DEADLINE_KIND)),
            reported("CHILD_POPULATION", "0101", COUNT, Formula.count("children under 16"), YEARLY,
                    "Cục Thống kê / Chi cục Thống kê", List.of(SEX, AGE_BAND, ETHNICITY)),
            reported("CHILDREN_SPECIAL_CIRCUMSTANCES_SHARE", null, PERCENT,
                    Formula.share(CHILDREN_SPECIAL_CIRCUMSTANCES, "CHILD_POPULATION"), HALF_YEARLY, LABOUR_HEALTH,
                    List.of(SEX)),
            reported("UNDER_FIVE_MORTALITY", null, PER_MILLE, new Formula("deaths under 5", "live births", 1000),
                    YEARLY, "Sở Y tế", List.of(SEX)),
            reported("UNDER_FIVE_STUNTING_SHARE", null, PERCENT,
                    Formula.share("children under 5 too short for their age", "children under 5"), YEARLY, "Sở Y tế",
                    List.of(SEX)),
            reported("UNDER_FIVE_UNDERWEIGHT_SHARE", null, PERCENT,
                    Formula.share("children under 5 underweight for their age", "children under 5"), YEARLY,
                    "Sở Y tế", List.of(SEX)),
            reported("PRESCHOOL_ENROLMENT_5Y_SHARE", null, PERCENT,
                    Formula.share("children of 5 in kindergarten", "children of 5"), YEARLY,
                    "Sở Giáo dục và Đào tạo", List.of(SEX)),
            reported("CHILD_FRIENDLY_COMMUNES_SHARE", null, PERCENT,
                    Formula.share("communes meeting the child-friendly standard", "communes"), YEARLY, LABOUR_HEALTH,
                    List.of()),
            reported("COMMUNES_WITH_PLAY_AREAS_SHARE", null, PERCENT,
                    Formula.share("communes with a cultural and play area for children", "communes"), YEARLY,
                    "Sở Văn hóa, Thể thao và Du lịch", List.of()),
            reported("CHILDREN_CONSULTED_SHARE", null, PERCENT,
                    Formula.share("children 7 and older consulted on matters that concern them", "children 7–15"),
                    YEARLY, LABOUR_HEALTH, List.of(SEX)),
            reported("ONLINE_SAFETY_SKILLS_SHARE", "0605", PERCENT,
                    Formula.share("children given online-safety skills", "children"), YEARLY,
                    "Sở Thông tin và Truyền thông (Sở Khoa học và Công nghệ từ 2025)", List.of()));

    private IndicatorCatalog() {
    }

    private static IndicatorDefinition computed(String code, String circularCode, String unit, Formula formula,
            List<Disaggregation> by) {
        return new IndicatorDefinition(code, circularCode, IndicatorSource.COMPUTED, unit, formula, by, ALL_PERIODS,
                LABOUR_HEALTH, List.of("Công an", "Tổng đài 111", "UBND cấp xã"));
    }

    private static IndicatorDefinition reported(String code, String circularCode, String unit, Formula formula,
            List<PeriodType> periods, String lead, List<Disaggregation> by) {
        return new IndicatorDefinition(code, circularCode, IndicatorSource.REPORTED, unit, formula, by, periods, lead,
                List.of());
    }

    public static List<IndicatorDefinition> all() {
        return INDICATORS;
    }

    public static Optional<IndicatorDefinition> find(String code) {
        return INDICATORS.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return INDICATORS.stream().map(IndicatorDefinition::code).toList();
    }
}
