package vn.treem.reporting.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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

    public IndicatorView.Page catalog() {
        return new IndicatorView.Page(IndicatorCatalog.all().stream().map(IndicatorView::of).toList());
    }

    /**
     * The value of {@code indicatorCode} for {@code unitCode} over {@code periodCode}. Every invalid parameter is
     * reported at once (400); a unit outside the caller's jurisdiction answers 403.
     */
    @Transactional
    public IndicatorValue value(String indicatorCode, String unitCode, String periodCode) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<IndicatorDefinition> indicator = indicator(indicatorCode, violations);
        Optional<Period> period = period(periodCode, violations);
        Optional<LocalDate> hierarchyDate = period.map(p -> p.hierarchyDate(AdminUnitDirectory.today()));
        if (isBlank(unitCode)) {
            violations.add(new FieldViolation("unit", "REQUIRED"));
        } else if (hierarchyDate.isPresent() && units.find(unitCode, hierarchyDate.get()).isEmpty()) {
            violations.add(new FieldViolation("unit", "UNKNOWN_UNIT", unitCode, hierarchyDate.get().toString()));
        }
        if (!violations.isEmpty()) {
            ProblemException invalid = ProblemException.invalid(violations);
            throw indicator.isEmpty() && !isBlank(indicatorCode)
                    ? invalid.withAllowed(IndicatorCatalog.codes())
                    : invalid;
        }
        LocalDate on = hierarchyDate.orElseThrow();
        jurisdiction.require(unitCode, on);

        Period over = period.orElseThrow();
        long value = IndicatorCount.sum(indicator.orElseThrow().code(), units.subtree(unitCode, on),
                over.firstMonth(), over.lastMonth());
        return new IndicatorValue(indicatorCode, unitCode, over.code(), value);
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
