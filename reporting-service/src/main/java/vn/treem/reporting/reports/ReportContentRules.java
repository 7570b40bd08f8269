package vn.treem.reporting.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.treem.platform.problem.FieldViolation;

/**
 * The rules a report's content must follow. Stateless; every broken rule is reported, with its field, at once.
 * <ul>
 * <li>To save (draft): each task is an assignment of the plan, each indicator one of the report's indicators, and
 * neither appears twice.</li>
 * <li>To submit, in addition, for every indicator value: a value is given; a share in per cent lies between 0 and 100
 * (per mille: 0 to 1000); a count is a whole number, not negative; a ratio is not negative; numerator and denominator
 * are not negative, and for a share the part (numerator) is not larger than the whole (denominator) and the value
 * agrees with them (within 0.1).</li>
 * </ul>
 */
final class ReportContentRules {

    /** How far a share may be from its numerator and denominator: reporters round to one decimal. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.1");

    private ReportContentRules() {
    }

    /** The violations that prevent saving {@code progress} and {@code values} as a draft. */
    static List<FieldViolation> draft(List<TaskProgress> progress, List<IndicatorEntry> values,
            List<PlanAssignment> assignments, List<ReportableIndicator> indicators) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<UUID> seenTasks = new HashSet<>();
        for (int i = 0; i < progress.size(); i++) {
            UUID id = progress.get(i).assignmentId();
            String field = "progress[" + i + "].assignmentId";
            if (assignments.stream().noneMatch(a -> a.assignmentId().equals(id))) {
                violations.add(new FieldViolation(field, "UNKNOWN_ASSIGNMENT", String.valueOf(id)));
            } else if (!seenTasks.add(id)) {
                violations.add(new FieldViolation(field, "DUPLICATE_ENTRY"));
            }
        }
        Set<ReportableIndicator> seenIndicators = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String code = values.get(i).indicatorCode();
            String field = "values[" + i + "].indicatorCode";
            Optional<ReportableIndicator> indicator = find(indicators, code);
            if (indicator.isEmpty()) {
                violations.add(new FieldViolation(field, "NOT_A_REPORTED_INDICATOR", code, indicators.isEmpty()
                        ? "—"
                        : String.join(", ", indicators.stream().map(ReportableIndicator::code).toList())));
            } else if (!seenIndicators.add(indicator.get())) {
                violations.add(new FieldViolation(field, "DUPLICATE_ENTRY"));
            }
        }
        return violations;
    }

    /** The violations that prevent submitting: those of a draft, and the rules on values. */
    static List<FieldViolation> submission(List<TaskProgress> progress, List<IndicatorEntry> values,
            List<PlanAssignment> assignments, List<ReportableIndicator> indicators) {
        List<FieldViolation> violations = new ArrayList<>(draft(progress, values, assignments, indicators));
        for (int i = 0; i < values.size(); i++) {
            IndicatorEntry entry = values.get(i);
            String prefix = "values[" + i + "]";
            find(indicators, entry.indicatorCode())
                    .ifPresent(indicator -> checkValue(prefix, entry, indicator.unit(), violations));
        }
        return violations;
    }

    private static void checkValue(String prefix, IndicatorEntry entry, IndicatorUnit unit,
            List<FieldViolation> violations) {
        BigDecimal value = entry.value();
        BigDecimal numerator = entry.numerator();
        BigDecimal denominator = entry.denominator();
        boolean partsValid = true;
        if (numerator != null && numerator.signum() < 0) {
            violations.add(new FieldViolation(prefix + ".numerator", "NEGATIVE_NUMBER", plain(numerator)));
            partsValid = false;
        }
        if (denominator != null && denominator.signum() < 0) {
            violations.add(new FieldViolation(prefix + ".denominator", "NEGATIVE_NUMBER", plain(denominator)));
            partsValid = false;
        }
        if (unit.isShare() && partsValid && numerator != null && denominator != null
                && numerator.compareTo(denominator) > 0) {
            violations.add(new FieldViolation(prefix + ".numerator", "PART_LARGER_THAN_WHOLE", plain(numerator),
                    plain(denominator)));
            partsValid = false;
        }
        if (value == null) {
            violations.add(new FieldViolation(prefix + ".value", "REQUIRED"));
            return;
        }
        switch (unit) {
            case PERCENT, PER_MILLE -> {
                if (value.signum() < 0 || value.compareTo(unit.factor()) > 0) {
                    violations.add(new FieldViolation(prefix + ".value",
                            unit == IndicatorUnit.PERCENT ? "SHARE_OUT_OF_RANGE" : "PER_MILLE_OUT_OF_RANGE",
                            plain(value)));
                } else if (partsValid && numerator != null && denominator != null && denominator.signum() > 0) {
                    BigDecimal computed = numerator.multiply(unit.factor())
                            .divide(denominator, MathContext.DECIMAL64);
                    if (computed.subtract(value).abs().compareTo(TOLERANCE) > 0) {
                        violations.add(new FieldViolation(prefix + ".value", "SHARE_MISMATCH", plain(value),
                                plain(computed.setScale(1, RoundingMode.HALF_UP)), plain(numerator),
                                plain(denominator)));
                    }
                }
            }
            case COUNT -> {
                if (value.signum() < 0) {
                    violations.add(new FieldViolation(prefix + ".value", "NEGATIVE_COUNT", plain(value)));
                } else if (value.stripTrailingZeros().scale() > 0) {
                    violations.add(new FieldViolation(prefix + ".value", "NOT_A_WHOLE_NUMBER", plain(value)));
                }
            }
            case RATIO -> {
                if (value.signum() < 0) {
                    violations.add(new FieldViolation(prefix + ".value", "NEGATIVE_NUMBER", plain(value)));
                }
            }
        }
    }

    static Optional<ReportableIndicator> find(List<ReportableIndicator> indicators, String code) {
        return indicators.stream().filter(i -> i.isNamed(code)).findFirst();
    }

    /** As text: MessageFormat would print 1000 as "1.000" (vi) or "1,000" (en). */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
