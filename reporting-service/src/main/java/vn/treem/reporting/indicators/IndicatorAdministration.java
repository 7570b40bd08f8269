package vn.treem.reporting.indicators;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;

/**
 * Indicators administrators add to the catalog (the full Circular 13/2021 list was not recoverable: the catalog is
 * data). Added indicators are REPORTED: agencies give their values in the periodic reports.
 */
@ApplicationScoped
public class IndicatorAdministration {

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public IndicatorView add(IndicatorRequest request) {
        if (IndicatorCatalog.find(request.code()).isPresent() || CustomIndicator.findById(request.code()) != null) {
            throw ProblemException.of(ProblemType.CONFLICT, "indicator.code-taken", request.code());
        }
        boolean share = request.denominator() != null && !request.denominator().isBlank();
        if (share && "count".equals(request.unit())) {
            throw ProblemException.invalid(new FieldViolation("denominator", "COUNT_HAS_NO_DENOMINATOR"));
        }
        CustomIndicator indicator = new CustomIndicator();
        indicator.code = request.code();
        indicator.nameVi = request.nameVi().strip();
        indicator.nameEn = request.nameEn().strip();
        indicator.definitionVi = request.definitionVi();
        indicator.definitionEn = request.definitionEn();
        indicator.unit = request.unit();
        indicator.numerator = request.numerator();
        indicator.denominator = share ? request.denominator() : null;
        indicator.factor = request.factor() != null ? request.factor() : share ? 100 : 1;
        indicator.periodTypes = request.periodTypes().stream().distinct().map(Enum::name)
                .collect(Collectors.joining(","));
        indicator.leadAgency = request.leadAgency();
        indicator.createdBy = caller.subject();
        indicator.createdAt = OffsetDateTime.now();
        indicator.persist();
        return view(indicator);
    }

    /** The built-in catalog followed by the indicators administrators added. */
    @Transactional
    public IndicatorView.Page catalog() {
        List<IndicatorView> items = new ArrayList<>(IndicatorCatalog.all().stream().map(IndicatorView::of).toList());
        CustomIndicator.<CustomIndicator>listAll().stream()
                .sorted(java.util.Comparator.comparing(c -> c.code)).map(IndicatorAdministration::view)
                .forEach(items::add);
        return new IndicatorView.Page(items);
    }

    static IndicatorView view(CustomIndicator c) {
        return new IndicatorView(c.code, null, c.nameVi, c.nameEn, c.definitionVi, c.definitionEn, c.unit,
                IndicatorSource.REPORTED, new IndicatorDefinition.Formula(c.numerator, c.denominator, c.factor),
                List.of(), java.util.Arrays.stream(c.periodTypes.split(",")).map(PeriodType::valueOf).toList(),
                c.leadAgency, List.of());
    }
}
