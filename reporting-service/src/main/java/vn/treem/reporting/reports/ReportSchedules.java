package vn.treem.reporting.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.cloudevents.CloudEvent;
import vn.treem.platform.adminunits.AdminUnit;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.events.Inbox;
import vn.treem.reporting.indicators.IndicatorCatalog;
import vn.treem.reporting.indicators.IndicatorSource;

/**
 * Keeps the expected periodic reports in line with the plans' reporting regimes, from plan events, exactly once per
 * event (platform inbox, consumer {@value #CONSUMER}).
 * <ul>
 * <li><b>issued.v1 / amended.v1</b>: for every rule of {@code reportingSchedule}, every year of the plan and every due
 * date, one report per reporting unit ({@link ReportCalendar} says which period it covers). An amendment replaces the
 * expectations of the series that are not yet submitted: those it still expects are kept (drafts included), the others
 * are CANCELLED, new ones are added; SUBMITTED and ACCEPTED reports stay as they are. Events of an older version than
 * the one in force are ignored (versions have different keys, so they may arrive out of order).</li>
 * <li><b>closed.v1</b>: reports due after the day of closure and not yet submitted are CANCELLED; later events of the
 * series expect nothing after that day either.</li>
 * </ul>
 * <b>Who reports</b>: the units directly below the issuing unit in the hierarchy in force on the due date (a national
 * plan: the provinces; a province: its communes, or its districts before 1 July 2025; a district: its communes); for a
 * commune plan, the commune itself. When the rule's reporter names no lower level (for a province plan no "xã",
 * "phường", "huyện", "địa phương", ...; for a national plan no "tỉnh" — e.g. "Sở Y tế"), it is an agency of the issuing
 * unit and the issuing unit itself reports, once. The reporter and recipient texts of the rule are kept as agency
 * names. An issuing unit that no longer exists on a due date (a province merged in 2025) expects nothing on that date.
 */
@ApplicationScoped
public class ReportSchedules {

    /** This consumer's name in the inbox and in {@code treem_events_consumed_total}. */
    public static final String CONSUMER = "reporting.reports";

    private static final Set<String> TYPES = Set.of(PlanRegime.ISSUED, PlanRegime.AMENDED, PlanRegime.CLOSED);
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE
            | Pattern.CASE_INSENSITIVE;
    /**
     * Words by which a reporter text names the level below a plan of the given level ("xã", commune, but not the "xã"
     * of "xã hội", social, as in "Sở Lao động - Thương binh và Xã hội").
     */
    private static final Map<AdminUnit.Level, Pattern> LOWER_LEVEL = Map.of(
            AdminUnit.Level.COUNTRY, Pattern.compile("\\b(tỉnh|địa phương|cấp dưới)\\b", FLAGS),
            AdminUnit.Level.PROVINCE, Pattern.compile(
                    "\\b(huyện|quận|thị xã|xã(?!\\s+hội)|phường|đặc khu|thị trấn|cấp dưới|cơ sở|địa phương)\\b", FLAGS),
            AdminUnit.Level.DISTRICT, Pattern.compile("\\b(xã(?!\\s+hội)|phường|thị trấn|cấp dưới|cơ sở)\\b", FLAGS));

    @Inject
    Inbox inbox;

    @Inject
    AdminUnitDirectory units;

    /**
     * Applies {@code event} in a transaction of its own; true if it changed the expectations' state, false for a
     * redelivery or an event of another type. Data it cannot use throws {@link IllegalArgumentException}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean apply(CloudEvent event) {
        return applyHere(event);
    }

    /** Applies {@code event} in the caller's transaction (a batch of events applied together); see {@link #apply}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyHere(CloudEvent event) {
        if (!TYPES.contains(event.getType())) {
            return false;
        }
        if (PlanRegime.CLOSED.equals(event.getType())) {
            PlanRegime.Closed closed = CloudEventCodec.requireData(event, PlanRegime.Closed.class);
            CloudEventCodec.require(event, closed.series() != null && closed.closedAt() != null,
                    "seriesId and closedAt");
            if (!inbox.firstDelivery(CONSUMER, event)) {
                return false;
            }
            close(closed.series(), closed.closedAt());
            return true;
        }
        PlanRegime.Issued issued = CloudEventCodec.requireData(event, PlanRegime.Issued.class);
        CloudEventCodec.require(event, issued.planId() != null && issued.issuingUnitCode() != null,
                "planId and issuingUnitCode");
        CloudEventCodec.require(event, issued.periodFromYear() != null && issued.periodToYear() != null
                && issued.periodFromYear() <= issued.periodToYear(), "period");
        List<Rule> rules = rules(event, issued);
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return false;
        }
        expect(issued, rules);
        return true;
    }

    private record Rule(ReportingRegime regime, List<MonthDay> dueDays, String reporter, String recipient) {
    }

    private static List<Rule> rules(CloudEvent event, PlanRegime.Issued issued) {
        List<Rule> rules = new ArrayList<>();
        for (PlanRegime.ScheduleRule rule : issued.scheduleOrEmpty()) {
            ReportingRegime regime;
            try {
                regime = ReportingRegime.valueOf(String.valueOf(rule.period()));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(
                        "event " + event.getId() + " of type " + event.getType() + " has an unknown period", unknown);
            }
            List<MonthDay> days = (rule.dueDates() == null ? List.<String>of() : rule.dueDates()).stream()
                    .map(ReportCalendar::dueDay).toList();
            rules.add(new Rule(regime, days, blankToNull(rule.reporter()), blankToNull(rule.recipient())));
        }
        return rules;
    }

    private void expect(PlanRegime.Issued issued, List<Rule> rules) {
        ReportSeries series = ReportSeries.lockOrCreate(issued.series());
        if (issued.version() < series.versionNumber) {
            return;
        }
        series.planId = issued.planId();
        series.versionNumber = issued.version();
        series.issuingUnitCode = issued.issuingUnitCode();
        series.assignments = issued.assignmentsOrEmpty().stream().filter(a -> a.assignmentId() != null)
                .map(a -> new PlanAssignment(a.assignmentId(), a.taskCode(), a.agencyName(), a.role(),
                        a.deadline()))
                .toList();
        series.indicators = reportable(issued.targetsOrEmpty());
        series.updatedAt = OffsetDateTime.now();

        Map<PeriodicReport.Key, PeriodicReport> wanted = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (ReportCalendar.Due due : ReportCalendar.schedule(rule.regime(), rule.dueDays(),
                    issued.periodFromYear(), issued.periodToYear())) {
                if (series.closedOn != null && due.dueDate().isAfter(series.closedOn)) {
                    continue;
                }
                for (String unit : reportingUnits(issued.issuingUnitCode(), rule.reporter(), due.dueDate())) {
                    PeriodicReport report = expected(issued, rule, due, unit);
                    wanted.putIfAbsent(report.key(), report);
                }
            }
        }
        Map<PeriodicReport.Key, PeriodicReport> existing = new HashMap<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (PeriodicReport report : PeriodicReport.ofSeries(series.seriesId)) {
            existing.put(report.key(), report);
            if (!report.status.editable()) {
                continue;
            }
            PeriodicReport still = wanted.get(report.key());
            if (still == null) {
                report.status = ReportStatus.CANCELLED;
            } else {
                report.planId = still.planId;
                report.recipientUnit = still.recipientUnit;
                report.recipient = still.recipient;
            }
            report.updatedAt = now;
        }
        wanted.forEach((key, report) -> {
            if (!existing.containsKey(key)) {
                report.persist();
            }
        });
    }

    private void close(UUID seriesId, OffsetDateTime closedAt) {
        ReportSeries series = ReportSeries.lockOrCreate(seriesId);
        LocalDate closedOn = closedAt.atZoneSameInstant(AdminUnitDirectory.BUSINESS_ZONE).toLocalDate();
        series.closedOn = series.closedOn == null || closedOn.isBefore(series.closedOn) ? closedOn : series.closedOn;
        series.updatedAt = OffsetDateTime.now();
        for (PeriodicReport report : PeriodicReport.ofSeries(seriesId)) {
            if (report.status.editable() && report.dueDate.isAfter(series.closedOn)) {
                report.status = ReportStatus.CANCELLED;
                report.updatedAt = series.updatedAt;
            }
        }
    }

    /** The units that owe a report of a plan of {@code issuingUnit} due on {@code due} (see the class comment). */
    List<String> reportingUnits(String issuingUnit, String reporter, LocalDate due) {
        Optional<AdminUnit> issuing = units.find(issuingUnit, due);
        if (issuing.isEmpty()) {
            return List.of();
        }
        Pattern lower = LOWER_LEVEL.get(issuing.get().level());
        if (lower == null || reporter != null && !lower.matcher(reporter).find()) {
            return List.of(issuingUnit);
        }
        return units.units(due).stream().filter(u -> issuingUnit.equals(u.parentCode())).map(AdminUnit::code)
                .sorted().toList();
    }

    private static PeriodicReport expected(PlanRegime.Issued issued, Rule rule, ReportCalendar.Due due,
            String unit) {
        PeriodicReport report = new PeriodicReport();
        report.id = UUID.randomUUID();
        report.seriesId = issued.series();
        report.planId = issued.planId();
        report.recipientUnit = issued.issuingUnitCode();
        report.recipient = rule.recipient();
        report.reportingUnit = unit;
        report.reporterAgency = rule.reporter();
        report.regime = rule.regime();
        report.periodCode = due.periodCode();
        report.periodStart = due.periodStart();
        report.periodEnd = due.periodEnd();
        report.dueDate = due.dueDate();
        report.status = ReportStatus.EXPECTED;
        report.createdAt = OffsetDateTime.now();
        report.updatedAt = report.createdAt;
        return report;
    }

    /**
     * The plan's indicators that a report states: every target indicator but those reporting-service computes itself
     * from case and plan events (a target linked to a COMPUTED catalog indicator).
     */
    private static List<ReportableIndicator> reportable(List<PlanRegime.Target> targets) {
        Map<String, ReportableIndicator> out = new LinkedHashMap<>();
        for (PlanRegime.Target target : targets) {
            String code = target.indicatorCode() != null ? target.indicatorCode() : target.catalogIndicator();
            if (code == null) {
                continue;
            }
            boolean computed = target.catalogIndicator() != null && IndicatorCatalog.find(target.catalogIndicator())
                    .filter(i -> i.source() == IndicatorSource.COMPUTED).isPresent();
            if (!computed) {
                out.putIfAbsent(code,
                        new ReportableIndicator(code, target.catalogIndicator(), IndicatorUnit.of(target.unit())));
            }
        }
        return List.copyOf(out.values());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
