package vn.treem.reporting.exports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.security.Jurisdiction;
import vn.treem.reporting.indicators.IndicatorCatalog;
import vn.treem.reporting.indicators.IndicatorDefinition;
import vn.treem.reporting.indicators.IndicatorSource;
import vn.treem.reporting.indicators.Period;
import vn.treem.reporting.indicators.PeriodType;

/**
 * Exports for people who live in Excel (docs/exports.md): the consolidated report of a period for a unit (its direct
 * sub-units as rows, the computed indicators as columns, a total row), as .xlsx or CSV; a PDF summary; an indicator's
 * monthly trend as a chart. Requests are validated and the caller's jurisdiction checked first ({@link #prepare});
 * producing the file ({@link #render}) needs no caller, so that it can run as a background job.
 */
@ApplicationScoped
public class ExportService {

    /** The indicator of a summary's chart when none is asked for. */
    static final String DEFAULT_SUMMARY_INDICATOR = IndicatorCatalog.INTAKES_RECEIVED;

    @Inject
    AdminUnitDirectory units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    ExportFigures figures;

    /** The indicators a consolidated report shows: the computed ones, in catalog order. */
    public static List<IndicatorDefinition> columns() {
        return IndicatorCatalog.all().stream().filter(i -> i.source() == IndicatorSource.COMPUTED).toList();
    }

    /**
     * Validates an export of {@code kind} and checks that the caller may see {@code unitCode} in the hierarchy of the
     * period (400 with every invalid parameter at once; 403 outside the caller's unit).
     */
    public ExportRequest prepare(ExportKind kind, String unitCode, String periodCode, String indicatorCode) {
        List<FieldViolation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new FieldViolation("kind", "REQUIRED"));
        }
        Optional<Period> period = period("period", periodCode, violations);
        IndicatorDefinition indicator = kind == ExportKind.SUMMARY_PDF
                ? indicator(isBlank(indicatorCode) ? DEFAULT_SUMMARY_INDICATOR : indicatorCode, violations)
                : null;
        return checked(kind, unitCode, period, indicator, violations);
    }

    /** Validates a chart request: a computed indicator, a unit and a year ({@code 2026}). */
    public ExportRequest prepareChart(String indicatorCode, String unitCode, String year) {
        List<FieldViolation> violations = new ArrayList<>();
        IndicatorDefinition indicator = indicator(indicatorCode, violations);
        Optional<Period> period = period("year", year, violations).filter(p -> p.type() == PeriodType.YEAR);
        if (period.isEmpty() && violations.stream().noneMatch(v -> v.field().equals("year"))) {
            violations.add(new FieldViolation("year", "INVALID_FORMAT", "2026"));
        }
        return checked(null, unitCode, period, indicator, violations);
    }

    private ExportRequest checked(ExportKind kind, String unitCode, Optional<Period> period,
            IndicatorDefinition indicator, List<FieldViolation> violations) {
        Optional<LocalDate> on = period.map(p -> p.hierarchyDate(AdminUnitDirectory.today()));
        Optional<AdminUnit> unit = Optional.empty();
        if (isBlank(unitCode)) {
            violations.add(new FieldViolation("unit", "REQUIRED"));
        } else if (on.isPresent()) {
            unit = units.find(unitCode, on.get());
            if (unit.isEmpty()) {
                violations.add(new FieldViolation("unit", "UNKNOWN_UNIT", unitCode, on.get().toString()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        jurisdiction.require(unitCode, on.orElseThrow());
        return new ExportRequest(kind, unit.orElseThrow(), period.orElseThrow(), on.orElseThrow(), indicator);
    }

    /**
     * A request prepared earlier (by {@link #prepare}, whose checks it does not repeat), e.g. an export job's, in the
     * hierarchy of {@code on} as it was checked.
     */
    public ExportRequest restore(ExportKind kind, String unitCode, String periodCode, LocalDate on,
            String indicatorCode) {
        return new ExportRequest(kind, units.find(unitCode, on).orElseThrow(),
                Period.parse(periodCode).orElseThrow(), on,
                indicatorCode == null ? null : IndicatorCatalog.find(indicatorCode).orElseThrow());
    }

    /** Produces the file of a prepared export, reporting progress from 0 to 100. */
    public ExportFile render(ExportRequest request, IntConsumer progress) {
        ConsolidatedReport report = consolidated(request, done -> progress.accept(done * 80 / 100));
        byte[] content = switch (request.kind()) {
            case CONSOLIDATED_XLSX -> ConsolidatedXlsx.write(report);
            case CONSOLIDATED_CSV -> ConsolidatedCsv.write(report);
            case SUMMARY_PDF -> SummaryPdf.write(report, request.indicator(),
                    trend(request.indicator(), request.unit(), request.period().firstMonth().getYear(),
                            request.on()));
        };
        progress.accept(100);
        return new ExportFile(request.fileName(), request.kind().mediaType(), content);
    }

    /** The consolidated report of a prepared export. */
    public ConsolidatedReport consolidated(ExportRequest request, IntConsumer progress) {
        List<IndicatorDefinition> columns = columns();
        List<AdminUnit> subUnits = units.units(request.on()).stream()
                .filter(u -> request.unit().code().equals(u.parentCode()))
                .sorted(Comparator.comparing(AdminUnit::code)).toList();
        // All rows and the total are counted together: one query per kind of fact, not one per row and indicator.
        List<AdminUnit> all = new ArrayList<>(subUnits);
        all.add(request.unit());
        List<List<Figure>> exact = figures.rows(columns, all.stream().map(AdminUnit::code).toList(),
                request.period(), request.on());
        List<ConsolidatedReport.Row> rows = new ArrayList<>(subUnits.size());
        for (int i = 0; i < subUnits.size(); i++) {
            rows.add(row(subUnits.get(i), columns, exact.get(i)));
        }
        ConsolidatedReport.Row total = row(request.unit(), columns, exact.get(subUnits.size()));
        progress.accept(100);
        return new ConsolidatedReport(request.unit(), request.period(), request.on(), columns,
                SmallCountRule.complement(columns, rows, total), total);
    }

    private static ConsolidatedReport.Row row(AdminUnit unit, List<IndicatorDefinition> columns,
            List<Figure> exact) {
        List<Figure> shown = new ArrayList<>(exact.size());
        for (int i = 0; i < columns.size(); i++) {
            shown.add(SmallCountRule.apply(columns.get(i).code(), exact.get(i), unit.level()));
        }
        return new ConsolidatedReport.Row(unit, shown);
    }

    /** The monthly trend of a prepared chart request. */
    public Trend trend(ExportRequest request) {
        return trend(request.indicator(), request.unit(), request.period().firstMonth().getYear(), request.on());
    }

    private Trend trend(IndicatorDefinition indicator, AdminUnit unit, int year, LocalDate on) {
        List<Trend.Point> points = new ArrayList<>();
        YearMonth thisMonth = YearMonth.now(AdminUnitDirectory.BUSINESS_ZONE);
        for (int month = 1; month <= 12 && !YearMonth.of(year, month).isAfter(thisMonth); month++) {
            Period period = Period.parse(String.format("%04d-%02d", year, month)).orElseThrow();
            Figure exact = figures.figures(List.of(indicator), unit.code(), period, on).get(0);
            points.add(new Trend.Point(month, SmallCountRule.apply(indicator.code(), exact, unit.level())));
        }
        return new Trend(indicator, unit, year, points);
    }

    private static IndicatorDefinition indicator(String code, List<FieldViolation> violations) {
        List<String> computed = columns().stream().map(IndicatorDefinition::code).toList();
        if (isBlank(code)) {
            violations.add(new FieldViolation("indicator", "REQUIRED"));
            return null;
        }
        if (!computed.contains(code)) {
            violations.add(new FieldViolation("indicator", "UNKNOWN_VALUE", String.join(", ", computed)));
            return null;
        }
        return IndicatorCatalog.find(code).orElseThrow();
    }

    private static Optional<Period> period(String field, String code, List<FieldViolation> violations) {
        if (isBlank(code)) {
            violations.add(new FieldViolation(field, "REQUIRED"));
            return Optional.empty();
        }
        Optional<Period> parsed = Period.parse(code);
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation(field, "INVALID_FORMAT", "year".equals(field) ? "2026" : Period.FORMATS));
        }
        return parsed;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
