package vn.treem.reporting.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.paging.Cursors;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Jurisdiction;
import vn.treem.reporting.indicators.Period;

/**
 * Reading periodic reports, and their completeness and timeliness. A report is visible to callers whose unit covers the
 * reporting unit (in the hierarchy of the report's due date); any other report answers 404, as if it did not exist.
 */
@ApplicationScoped
public class ReportQueries {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    @Inject
    Caller caller;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    AdminUnitDirectory units;

    @Transactional
    public ReportView read(UUID id) {
        return view(visible(id, LockModeType.NONE));
    }

    /** The report {@code id} if the caller may see it, else 404; locked when {@code lock} asks for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    PeriodicReport visible(UUID id, LockModeType lock) {
        PeriodicReport report = PeriodicReport.findById(id, lock);
        if (report == null || !jurisdiction.covers(report.reportingUnit, report.dueDate)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return report;
    }

    ReportView view(PeriodicReport report) {
        return ReportView.of(report, ReportSeries.findById(report.seriesId));
    }

    /**
     * The reports of the units within {@code unitCode} (default: the caller's unit), optionally only those on a period
     * within {@code periodCode} and in {@code statusName} (default: every status but CANCELLED), by due date.
     */
    @Transactional
    public ReportView.Page list(String unitCode, String periodCode, String statusName, Integer limit,
            String cursor) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Period> period = Optional.empty();
        if (periodCode != null && !periodCode.isBlank()) {
            period = Period.parse(periodCode);
            if (period.isEmpty()) {
                violations.add(new FieldViolation("period", "INVALID_FORMAT", Period.FORMATS));
            }
        }
        ReportStatus status = null;
        if (statusName != null && !statusName.isBlank()) {
            try {
                status = ReportStatus.valueOf(statusName);
            } catch (IllegalArgumentException unknown) {
                violations.add(new FieldViolation("status", "UNKNOWN_VALUE", allStatuses()));
            }
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "OUT_OF_RANGE", "1", String.valueOf(MAX_LIMIT)));
        }
        String unit = unitCode == null || unitCode.isBlank() ? caller.unit() : unitCode;
        LocalDate today = AdminUnitDirectory.today();
        LocalDate on = period.map(p -> p.hierarchyDate(today)).orElse(today);
        if (units.find(unit, on).isEmpty() && units.find(unit, today).isEmpty()) {
            violations.add(new FieldViolation("unit", "UNKNOWN_UNIT", unit, on.toString()));
        }
        List<String> after = cursor == null || cursor.isBlank() ? null : Cursors.decode(cursor, 3);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (!jurisdiction.covers(unit, on) && !jurisdiction.covers(unit, today)) {
            jurisdiction.require(unit, on);
        }

        StringBuilder query = new StringBuilder("status ").append(status == null ? "<> :status" : "= :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", status == null ? ReportStatus.CANCELLED : status);
        if (!AdminUnit.COUNTRY_CODE.equals(unit)) {
            Set<String> codes = new HashSet<>(units.subtree(unit, on));
            codes.addAll(units.subtree(unit, today));
            query.append(" and reportingUnit in :units");
            params.put("units", codes);
        }
        if (period.isPresent()) {
            query.append(" and periodStart >= :first and periodEnd <= :last");
            params.put("first", period.get().firstDay());
            params.put("last", period.get().lastDay());
        }
        if (after != null) {
            query.append(" and (dueDate > :afterDue or (dueDate = :afterDue and (reportingUnit > :afterUnit"
                    + " or (reportingUnit = :afterUnit and id > :afterId))))");
            params.put("afterDue", datePart(after.get(0)));
            params.put("afterUnit", after.get(1));
            params.put("afterId", uuidPart(after.get(2)));
        }
        query.append(" order by dueDate, reportingUnit, id");
        List<PeriodicReport> found = PeriodicReport.find(query.toString(), params).range(0, size).list();
        List<ReportView.Summary> items = found.stream().limit(size).map(ReportView.Summary::of).toList();
        String next = null;
        if (found.size() > size) {
            PeriodicReport last = found.get(size - 1);
            next = Cursors.encode(last.dueDate.toString(), last.reportingUnit, last.id.toString());
        }
        return new ReportView.Page(items, next);
    }

    /**
     * Completeness and timeliness of the reports expected from {@code unitCode} and the units within it, on periods
     * within {@code periodCode}. A report is received when SUBMITTED or ACCEPTED, on time when its latest submission
     * was on or before its due date (business time zone), missing when not received and its due date has passed, and
     * pending when not received and not yet due. Rates are over the expected reports.
     */
    @Transactional
    public CompletenessView completeness(String unitCode, String periodCode) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Period> period = Optional.empty();
        if (periodCode == null || periodCode.isBlank()) {
            violations.add(new FieldViolation("period", "REQUIRED"));
        } else {
            period = Period.parse(periodCode);
            if (period.isEmpty()) {
                violations.add(new FieldViolation("period", "INVALID_FORMAT", Period.FORMATS));
            }
        }
        LocalDate today = AdminUnitDirectory.today();
        LocalDate on = period.map(p -> p.hierarchyDate(today)).orElse(today);
        if (unitCode == null || unitCode.isBlank()) {
            violations.add(new FieldViolation("unit", "REQUIRED"));
        } else if (units.find(unitCode, on).isEmpty()) {
            violations.add(new FieldViolation("unit", "UNKNOWN_UNIT", unitCode, on.toString()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        jurisdiction.require(unitCode, on);
        Period over = period.orElseThrow();

        List<PeriodicReport> reports = PeriodicReport.list(
                "status <> ?1 and reportingUnit in ?2 and periodStart >= ?3 and periodEnd <= ?4",
                ReportStatus.CANCELLED, units.subtree(unitCode, on), over.firstDay(), over.lastDay());
        int received = 0;
        int onTime = 0;
        int late = 0;
        int missing = 0;
        int pending = 0;
        List<CompletenessView.LateReport> lateUnits = new ArrayList<>();
        for (PeriodicReport report : reports) {
            if (ReportStatus.RECEIVED.contains(report.status)) {
                received++;
                LocalDate submittedOn = report.submittedAt.atZoneSameInstant(AdminUnitDirectory.BUSINESS_ZONE)
                        .toLocalDate();
                if (submittedOn.isAfter(report.dueDate)) {
                    late++;
                    lateUnits.add(late(report, "LATE", report.submittedAt, submittedOn));
                } else {
                    onTime++;
                }
            } else if (today.isAfter(report.dueDate)) {
                missing++;
                lateUnits.add(late(report, "MISSING", null, today));
            } else {
                pending++;
            }
        }
        lateUnits.sort(Comparator.comparing(CompletenessView.LateReport::unit)
                .thenComparing(CompletenessView.LateReport::dueDate));
        return new CompletenessView(unitCode, over.code(), today, reports.size(), received, onTime, late, missing,
                pending, rate(received, reports.size()), rate(onTime, reports.size()), lateUnits);
    }

    private CompletenessView.LateReport late(PeriodicReport report, String reason, OffsetDateTime submittedAt,
            LocalDate until) {
        String name = units.find(report.reportingUnit, report.dueDate).map(AdminUnit::name).orElse(null);
        return new CompletenessView.LateReport(report.reportingUnit, name, report.id, report.periodCode,
                report.dueDate, report.status, reason, submittedAt, ChronoUnit.DAYS.between(report.dueDate, until));
    }

    private static BigDecimal rate(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static LocalDate datePart(String part) {
        try {
            return LocalDate.parse(part);
        } catch (RuntimeException garbled) {
            throw ProblemException.invalid(new FieldViolation("cursor", "INVALID_VALUE"));
        }
    }

    private static UUID uuidPart(String part) {
        try {
            return UUID.fromString(part);
        } catch (IllegalArgumentException garbled) {
            throw ProblemException.invalid(new FieldViolation("cursor", "INVALID_VALUE"));
        }
    }

    private static String allStatuses() {
        return String.join(", ", java.util.Arrays.stream(ReportStatus.values()).map(Enum::name).toList());
    }
}
