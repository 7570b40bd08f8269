package vn.treem.reporting.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.security.Jurisdiction;

/**
 * Reading indicator values. A value for a unit and a period is the sum of the monthly counts of the unit and of every
 * unit below it, over the months of the period, in the administrative hierarchy valid on the period's last day (today
 * while the period is not over): a 2022 value of Thái Bình (34) adds up its districts and communes of the time.
 */
@ApplicationScoped
public class IndicatorQueries {

    @Inject
    AdminUnitDirectory units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    IndicatorFigures figures;

    /**
     * The value of {@code indicatorCode} for {@code unitCode} over {@code periodCode}. Every invalid parameter is
     * reported at once (400); a unit outside the caller's jurisdiction answers 403.
     */
    @Transactional
    public IndicatorValue value(String indicatorCode, String unitCode, String periodCode, String byText) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<IndicatorDefinition> indicator = indicator(indicatorCode, violations);
        Disaggregation by = null;
        if (!isBlank(byText)) {
            by = java.util.Arrays.stream(Disaggregation.values()).filter(d -> d.name().equals(byText)).findFirst()
                    .orElse(null);
            if (by == null || indicator.isPresent() && !indicator.get().disaggregations().contains(by)) {
                List<String> allowed = indicator.map(i -> i.disaggregations().stream().map(Enum::name).toList())
                        .orElse(List.of());
                violations.add(new FieldViolation("by", "UNKNOWN_VALUE", allowed.isEmpty()
                        ? "—"
                        : String.join(", ", allowed)));
            }
        }
        Optional<Period> period = period(periodCode, violations);
        Optional<LocalDate> hierarchyDate = period.map(p -> p.hierarchyDate(AdminUnitDirectory.today()));
        if (isBlank(unitCode)) {
            violations.add(new FieldViolation("unit", "REQUIRED"));
        } else if (hierarchyDate.isPresent() && units.find(unitCode, hierarchyDate.get()).isEmpty()
                && !(crossesReform(period.get()) && units.current(unitCode).isPresent())) {
            violations.add(new FieldViolation("unit", "UNKNOWN_UNIT", unitCode, hierarchyDate.get().toString()));
        }
        if (!violations.isEmpty()) {
            ProblemException invalid = ProblemException.invalid(violations);
            throw indicator.isEmpty() && !isBlank(indicatorCode)
                    ? invalid.withAllowed(IndicatorCatalog.codes())
                    : invalid;
        }
        LocalDate on = hierarchyDate.orElseThrow();
        Period over = period.orElseThrow();
        boolean series = crossesReform(over) && units.current(unitCode).isPresent()
                && !AdminUnit.COUNTRY_CODE.equals(unitCode);
        jurisdiction.require(unitCode, series ? AdminUnitDirectory.today() : on);

        return figures.value(indicator.orElseThrow(), unitCode, over, on, series, by);
    }

    private static boolean crossesReform(Period period) {
        return period.firstDay().isBefore(IndicatorFigures.REFORM);
    }

    private static Optional<IndicatorDefinition> indicator(String code, List<FieldViolation> violations) {
        if (isBlank(code)) {
            violations.add(new FieldViolation("indicator", "REQUIRED"));
            return Optional.empty();
        }
        Optional<IndicatorDefinition> found = IndicatorCatalog.find(code);
        if (found.isEmpty()) {
            violations
                    .add(new FieldViolation("indicator", "UNKNOWN_VALUE", String.join(", ", IndicatorCatalog.codes())));
        }
        return found;
    }

    private static Optional<Period> period(String code, List<FieldViolation> violations) {
        if (isBlank(code)) {
            violations.add(new FieldViolation("period", "REQUIRED"));
            return Optional.empty();
        }
        Optional<Period> parsed = Period.parse(code);
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation("period", "INVALID_FORMAT", Period.FORMATS));
        }
        return parsed;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
