package vn.treem.reporting.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Jurisdiction;
import vn.treem.reporting.indicators.IndicatorCatalog;
import vn.treem.reporting.indicators.IndicatorDefinition;
import vn.treem.reporting.indicators.IndicatorFigures;
import vn.treem.reporting.indicators.IndicatorSource;
import vn.treem.reporting.indicators.Period;

/**
 * Progress data of an issued plan and of the plans derived from it (docs/plan-progress.md, "In reporting-service"): per
 * indicator, the target against the actual for every year of the plan and for every unit directly below in one year,
 * judged by {@link TargetRule}; and the plan's tasks by status. Actuals of an indicator measured by a computed catalog
 * indicator come from the case data ({@link IndicatorFigures}, the same figures as the indicator values); others from
 * the values reported on the plan and in accepted periodic reports, the latest first.
 */
@ApplicationScoped
public class PlanProgressQueries {

    private static final List<String> TASK_STATUSES = List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "OVERDUE");

    @Inject
    EntityManager em;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    AdminUnitDirectory units;

    @Inject
    IndicatorFigures figures;

    @Inject
    ObjectMapper json;

    /**
     * The progress of plan {@code planId} (any of its versions; the version in force is shown), with the units below
     * shown for {@code year} (default: this year, within the plan's period). 404 for a plan unknown here or outside the
     * caller's jurisdiction.
     */
    @Transactional
    public PlanProgressView progress(UUID planId, Integer year) {
        ProgressPlan plan = seriesOf(planId).map(s -> ProgressPlan.<ProgressPlan>findById(s))
                .filter(p -> jurisdiction.covers(p.issuingUnitCode, AdminUnitDirectory.today())
                        || jurisdiction.covers(p.issuingUnitCode, p.issueDate))
                .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
        LocalDate today = AdminUnitDirectory.today();
        int shownYear = year != null
                ? year
                : Math.max(plan.periodFromYear, Math.min(plan.periodToYear, today.getYear()));
        if (shownYear < plan.periodFromYear || shownYear > plan.periodToYear) {
            throw ProblemException.invalid(new FieldViolation("year", "OUT_OF_RANGE", plan.periodFromYear,
                    plan.periodToYear));
        }
        List<ProgressPlan> derived = derivedFrom(plan);
        Map<String, ProgressPlan> derivedByUnit = new LinkedHashMap<>();
        derived.forEach(d -> derivedByUnit.putIfAbsent(d.issuingUnitCode, d));
        List<String> below = unitsBelow(plan, derivedByUnit.keySet());
        Actuals actuals = new Actuals(plan, derived);

        List<PlanProgressView.IndicatorProgress> indicators = new ArrayList<>();
        targetsByIndicator(plan.targets).forEach((code, targets) -> {
            PlanEvents.Target first = targets.get(0);
            Optional<IndicatorDefinition> computed = Optional.ofNullable(first.catalogIndicator())
                    .flatMap(IndicatorCatalog::find).filter(d -> d.source() == IndicatorSource.COMPUTED);
            Set<Integer> years = new TreeSet<>();
            for (int y = plan.periodFromYear; y <= plan.periodToYear; y++) {
                years.add(y);
            }
            targets.forEach(t -> years.add(t.year()));
            List<PlanProgressView.YearProgress> yearly = new ArrayList<>();
            for (int y : years) {
                PlanEvents.Target target = judgedTarget(targets, y);
                Actual actual = y > today.getYear()
                        ? Actual.NONE
                        : computed.map(d -> computedActual(d, plan.issuingUnitCode, y))
                                .orElseGet(() -> actuals.reported(first, plan.issuingUnitCode, y, below));
                yearly.add(new PlanProgressView.YearProgress(y, PlanProgressView.Target.of(target), actual.value(),
                        actual.source(), TargetRule.judge(target, y, actual.value())));
            }
            List<PlanProgressView.UnitProgress> perUnit = new ArrayList<>();
            for (String unit : below) {
                ProgressPlan own = derivedByUnit.get(unit);
                List<PlanEvents.Target> ownTargets = own == null ? List.of() : sameIndicator(own.targets, first);
                PlanEvents.Target target = ownTargets.isEmpty()
                        ? ("COUNT".equals(first.unit()) ? null : judgedTarget(targets, shownYear))
                        : judgedTarget(ownTargets, shownYear);
                Actual actual = shownYear > today.getYear()
                        ? Actual.NONE
                        : computed.map(d -> computedActual(d, unit, shownYear))
                                .orElseGet(() -> actuals.reported(first, unit, shownYear, List.of()));
                perUnit.add(new PlanProgressView.UnitProgress(unit, own == null ? null : own.planId,
                        PlanProgressView.Target.of(target), actual.value(), actual.source(),
                        target == null ? TargetStatus.NO_TARGET : TargetRule.judge(target, shownYear, actual.value())));
            }
            indicators.add(new PlanProgressView.IndicatorProgress(code, first.catalogIndicator(), first.unit(),
                    first.direction(), first.baselineValue(), first.baselineYear(),
                    computed.isPresent() ? IndicatorSource.COMPUTED.name() : IndicatorSource.REPORTED.name(), yearly,
                    perUnit));
        });

        Map<UUID, String> statuses = assignmentStatuses(plan, derived);
        List<PlanProgressView.TaskLine> lines = plan.assignments.stream()
                .map(a -> new PlanProgressView.TaskLine(a.assignmentId(), a.taskCode(), a.agencyName(), a.role(),
                        a.deadline(), taskStatus(a, statuses, today)))
                .toList();
        List<PlanProgressView.UnitTasks> unitTasks = derived.stream()
                .map(d -> new PlanProgressView.UnitTasks(d.issuingUnitCode, d.planId, byStatus(
                        d.assignments.stream().map(a -> taskStatus(a, statuses, today)).toList())))
                .toList();
        PlanProgressView.Tasks tasks = new PlanProgressView.Tasks(
                byStatus(lines.stream().map(PlanProgressView.TaskLine::status).toList()), lines, unitTasks);
        return new PlanProgressView(plan.planId, plan.seriesId, plan.versionNumber, plan.issuingUnitCode,
                plan.periodFromYear, plan.periodToYear, plan.closedOn, shownYear, indicators, tasks,
                derived.stream().map(d -> new PlanProgressView.DerivedPlan(d.planId, d.seriesId, d.issuingUnitCode,
                        d.issueDate)).toList());
    }

    private Optional<UUID> seriesOf(UUID planId) {
        return em.createNativeQuery("select series_id from progress_plan_version where plan_id = ?1", UUID.class)
                .setParameter(1, planId).getResultStream().map(UUID.class::cast).findFirst();
    }

    /** Issued plans implementing any version of {@code plan}, by unit code. */
    private List<ProgressPlan> derivedFrom(ProgressPlan plan) {
        List<?> versions = em.createNativeQuery("select plan_id from progress_plan_version where series_id = ?1",
                UUID.class).setParameter(1, plan.seriesId).getResultList();
        return ProgressPlan.<ProgressPlan>list("parentPlanId in ?1 order by issuingUnitCode, issueDate", versions);
    }

    /** The units directly below the plan's unit today (or, for a unit the reform retired, at the plan's issue). */
    private List<String> unitsBelow(ProgressPlan plan, Set<String> withOwnPlan) {
        LocalDate on = units.current(plan.issuingUnitCode).isPresent()
                ? AdminUnitDirectory.today()
                : plan.issueDate;
        TreeSet<String> below = new TreeSet<>();
        units.units(on).stream().filter(u -> plan.issuingUnitCode.equals(u.parentCode())).map(AdminUnit::code)
                .forEach(below::add);
        below.addAll(withOwnPlan);
        below.remove(plan.issuingUnitCode);
        return List.copyOf(below);
    }

    private static Map<String, List<PlanEvents.Target>> targetsByIndicator(List<PlanEvents.Target> targets) {
        Map<String, List<PlanEvents.Target>> byCode = new LinkedHashMap<>();
        for (PlanEvents.Target target : targets) {
            String code = target.indicatorCode() != null ? target.indicatorCode() : target.catalogIndicator();
            if (code != null && target.comparator() != null && target.value() != null) {
                byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(target);
            }
        }
        byCode.values().forEach(list -> list.sort(Comparator.comparingInt(PlanEvents.Target::year)));
        return byCode;
    }

    /** The targets of {@code plan}'s indicator that stands for {@code indicator}: same code, else same catalog code. */
    private static List<PlanEvents.Target> sameIndicator(List<PlanEvents.Target> targets, PlanEvents.Target indicator) {
        List<PlanEvents.Target> same = targets.stream()
                .filter(t -> t.comparator() != null && t.value() != null)
                .filter(t -> Objects.equals(t.indicatorCode(), indicator.indicatorCode())
                        || indicator.catalogIndicator() != null
                                && indicator.catalogIndicator().equals(t.catalogIndicator()))
                .sorted(Comparator.comparingInt(PlanEvents.Target::year)).toList();
        return same;
    }

    /** The target a year is judged against: the first of that year or later; after the last one, the last. */
    private static PlanEvents.Target judgedTarget(List<PlanEvents.Target> sortedTargets, int year) {
        return sortedTargets.stream().filter(t -> t.year() >= year).findFirst()
                .orElse(sortedTargets.get(sortedTargets.size() - 1));
    }

    private Actual computedActual(IndicatorDefinition indicator, String unitCode, int year) {
        Period period = Period.parse(Integer.toString(year)).orElseThrow();
        LocalDate on = period.hierarchyDate(AdminUnitDirectory.today());
        boolean todaysUnit = period.firstDay().isBefore(IndicatorFigures.REFORM)
                && units.current(unitCode).isPresent() && !AdminUnit.COUNTRY_CODE.equals(unitCode);
        if (!todaysUnit && !AdminUnit.COUNTRY_CODE.equals(unitCode) && units.find(unitCode, on).isEmpty()) {
            return Actual.NONE;
        }
        BigDecimal value = figures.value(indicator, unitCode, period, on, todaysUnit, null).value();
        return value == null ? Actual.NONE : new Actual(value, "COMPUTED");
    }

    private Map<UUID, String> assignmentStatuses(ProgressPlan plan, List<ProgressPlan> derived) {
        List<UUID> series = new ArrayList<>();
        series.add(plan.seriesId);
        derived.forEach(d -> series.add(d.seriesId));
        Map<UUID, String> statuses = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(
                "select assignment_id, status from progress_assignment where series_id in (?1)")
                .setParameter(1, series).getResultList()) {
            Object[] columns = (Object[]) row;
            statuses.put((UUID) columns[0], (String) columns[1]);
        }
        return statuses;
    }

    private static String taskStatus(PlanEvents.Assignment assignment, Map<UUID, String> statuses, LocalDate today) {
        String status = statuses.getOrDefault(assignment.assignmentId(), "NOT_STARTED");
        return !"DONE".equals(status) && assignment.deadline() != null && assignment.deadline().isBefore(today)
                ? "OVERDUE"
                : status;
    }

    private static Map<String, Long> byStatus(List<String> statuses) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TASK_STATUSES.forEach(s -> counts.put(s, 0L));
        statuses.forEach(s -> counts.merge(s, 1L, Long::sum));
        return counts;
    }

    /** An actual value and where it comes from. */
    private record Actual(BigDecimal value, String source, Instant at) {

        static final Actual NONE = new Actual(null, null, null);

        Actual(BigDecimal value, String source) {
            this(value, source, null);
        }
    }

    /** One indicator value of an accepted periodic report. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    private record ReportedEntry(String indicatorCode, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator) {
    }

    /** One accepted report of the plan's family. */
    private record AcceptedReport(String unit, int year, LocalDate periodEnd, Instant decidedAt,
            List<ReportedEntry> entries) {
    }

    /** The reported actuals of a plan and its derived plans: values reported on the plans and accepted reports. */
    private final class Actuals {

        private final Map<String, List<Object[]>> planActuals = new LinkedHashMap<>();
        private final List<AcceptedReport> reports = new ArrayList<>();

        Actuals(ProgressPlan plan, List<ProgressPlan> derived) {
            List<UUID> series = new ArrayList<>();
            series.add(plan.seriesId);
            derived.forEach(d -> series.add(d.seriesId));
            for (Object row : em.createNativeQuery("""
                    select unit_code, indicator_code, year, value, reported_at from progress_actual
                    where series_id in (?1)""").setParameter(1, series).getResultList()) {
                Object[] columns = (Object[]) row;
                planActuals.computeIfAbsent((String) columns[0], u -> new ArrayList<>()).add(columns);
            }
            for (Object row : em.createNativeQuery("""
                    select reporting_unit, period_start, period_end, decided_at, cast(indicator_values as text)
                    from periodic_report where status = 'ACCEPTED' and series_id in (?1)""")
                    .setParameter(1, series).getResultList()) {
                Object[] columns = (Object[]) row;
                LocalDate start = localDate(columns[1]);
                reports.add(new AcceptedReport((String) columns[0], start.getYear(), localDate(columns[2]),
                        instant(columns[3]), entries((String) columns[4])));
            }
        }

        /**
         * The latest value of {@code indicator} for {@code unit} in {@code year}, reported on a plan or in an accepted
         * report; failing both, the accepted reports of the units {@code below} summed (counts), or their parts and
         * wholes summed (shares).
         */
        Actual reported(PlanEvents.Target indicator, String unit, int year, List<String> below) {
            Actual latest = Actual.NONE;
            for (Object[] row : planActuals.getOrDefault(unit, List.of())) {
                if (((Number) row[2]).intValue() == year && Objects.equals(row[1], indicator.indicatorCode())) {
                    latest = later(latest, new Actual((BigDecimal) row[3], "PLAN", instant(row[4])));
                }
            }
            Optional<ReportedEntry> fromReport = latestEntry(indicator, unit, year);
            if (fromReport.isPresent() && fromReport.get().value() != null) {
                AcceptedReport report = latestReport(indicator, unit, year).orElseThrow();
                latest = later(latest, new Actual(fromReport.get().value(), "REPORT", report.decidedAt()));
            }
            if (latest.value() != null || below.isEmpty()) {
                return latest;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal parts = BigDecimal.ZERO;
            BigDecimal wholes = BigDecimal.ZERO;
            boolean any = false;
            boolean allShares = true;
            for (String lower : below) {
                Optional<ReportedEntry> entry = latestEntry(indicator, lower, year);
                if (entry.isEmpty() || entry.get().value() == null) {
                    continue;
                }
                any = true;
                sum = sum.add(entry.get().value());
                if (entry.get().numerator() == null || entry.get().denominator() == null) {
                    allShares = false;
                } else {
                    parts = parts.add(entry.get().numerator());
                    wholes = wholes.add(entry.get().denominator());
                }
            }
            if (!any) {
                return Actual.NONE;
            }
            BigDecimal factor = switch (String.valueOf(indicator.unit())) {
                case "PERCENT" -> BigDecimal.valueOf(100);
                case "PER_MILLE" -> BigDecimal.valueOf(1000);
                case "RATIO" -> BigDecimal.ONE;
                default -> null;
            };
            if (factor == null) {
                return new Actual(sum, "UNITS");
            }
            if (!allShares || wholes.signum() == 0) {
                return Actual.NONE; // shares without their parts and wholes cannot be added up
            }
            return new Actual(parts.multiply(factor).divide(wholes, 1, RoundingMode.HALF_UP), "UNITS");
        }

        private Optional<AcceptedReport> latestReport(PlanEvents.Target indicator, String unit, int year) {
            return reports.stream().filter(r -> r.unit().equals(unit) && r.year() == year)
                    .filter(r -> r.entries().stream().anyMatch(e -> names(e, indicator)))
                    .max(Comparator.comparing(AcceptedReport::periodEnd)
                            .thenComparing(AcceptedReport::decidedAt,
                                    Comparator.nullsFirst(Comparator.naturalOrder())));
        }

        private Optional<ReportedEntry> latestEntry(PlanEvents.Target indicator, String unit, int year) {
            return latestReport(indicator, unit, year)
                    .flatMap(r -> r.entries().stream().filter(e -> names(e, indicator)).findFirst());
        }

        private static boolean names(ReportedEntry entry, PlanEvents.Target indicator) {
            return entry.indicatorCode() != null && (entry.indicatorCode().equals(indicator.indicatorCode())
                    || entry.indicatorCode().equals(indicator.catalogIndicator()));
        }

        private static Actual later(Actual current, Actual candidate) {
            if (current.value() == null) {
                return candidate;
            }
            Instant a = current.at() == null ? Instant.MIN : current.at();
            Instant b = candidate.at() == null ? Instant.MIN : candidate.at();
            return b.isAfter(a) ? candidate : current;
        }

        private List<ReportedEntry> entries(String text) {
            try {
                return text == null ? List.of() : json.readValue(text, new TypeReference<List<ReportedEntry>>() {
                });
            } catch (JsonProcessingException unreadable) {
                throw new IllegalStateException("unreadable indicator values in an accepted report", unreadable);
            }
        }
    }

    private static LocalDate localDate(Object column) {
        return column instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) column;
    }

    private static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        return ((java.time.LocalDateTime) column).toInstant(ZoneOffset.UTC);
    }
}
