package vn.treem.reporting.reports;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.treem.platform.concurrency.IfMatch;
import vn.treem.platform.events.Outbox;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;
import vn.treem.platform.security.Caller;
import vn.treem.platform.security.Jurisdiction;
import vn.treem.platform.security.Roles;

/**
 * Filling, submitting and deciding on periodic reports. Transitions: EXPECTED → DRAFT (save); DRAFT and RETURNED →
 * DRAFT/RETURNED (save), → SUBMITTED (submission); SUBMITTED → ACCEPTED or RETURNED (decision). ACCEPTED is locked:
 * saving, submitting or deciding again answers 409 {@code conflict}; any other step out of turn answers 409
 * {@code illegal-transition} with the allowed next steps.
 * <ul>
 * <li>Only a REPORTER of the reporting unit itself saves and submits.</li>
 * <li>Only a REPORT_APPROVER whose unit covers the recipient — the unit that issued the plan, i.e. the level above a
 * lower unit's report — decides; an approver of the reporting unit itself, or of a unit below the recipient, may not
 * (403).</li>
 * </ul>
 */
@ApplicationScoped
public class ReportService {

    @Inject
    ReportQueries queries;

    @Inject
    Caller caller;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    Outbox outbox;

    /** Saves the content of a report (replacing the saved one); an EXPECTED report becomes a DRAFT. */
    @Transactional
    public ReportView save(UUID id, long expectedVersion, ReportContentRequest content) {
        PeriodicReport report = forReporter(id, expectedVersion);
        requireOpen(report, ReportStatus.DRAFT);
        ReportSeries series = ReportSeries.findById(report.seriesId);
        List<FieldViolation> violations = ReportContentRules.draft(content.progressOrEmpty(),
                content.valuesOrEmpty(), series.assignments, series.indicators);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        report.progress = new ArrayList<>(content.progressOrEmpty());
        report.values = new ArrayList<>(content.valuesOrEmpty());
        if (report.status == ReportStatus.EXPECTED) {
            report.status = ReportStatus.DRAFT;
        }
        return changed(report);
    }

    /** Submits a saved report to the level above, after checking the rules on its values. */
    @Transactional
    public ReportView submit(UUID id, long expectedVersion) {
        PeriodicReport report = forReporter(id, expectedVersion);
        if (report.status == ReportStatus.EXPECTED) {
            throw illegal(report, ReportStatus.SUBMITTED);
        }
        requireOpen(report, ReportStatus.SUBMITTED);
        ReportSeries series = ReportSeries.findById(report.seriesId);
        List<FieldViolation> violations = ReportContentRules.submission(report.progress, report.values,
                series.assignments, series.indicators);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        ReportStatus from = report.status;
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = OffsetDateTime.now();
        report.submittedBy = caller.subject();
        published(report, from, report.submittedAt);
        return changed(report);
    }

    /** Accepts a submitted report (it is then locked) or returns it to the reporter with a comment. */
    @Transactional
    public ReportView decide(UUID id, long expectedVersion, DecisionRequest decision) {
        PeriodicReport report = queries.visible(id, LockModeType.PESSIMISTIC_WRITE);
        if (!caller.hasRole(Roles.REPORT_APPROVER) || !jurisdiction.covers(report.recipientUnit, report.dueDate)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "report.NOT_THE_LEVEL_ABOVE", report.recipientUnit);
        }
        IfMatch.check(expectedVersion, report.version);
        ReportStatus to = decision.accept() ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
        if (report.status == ReportStatus.ACCEPTED) {
            throw ProblemException.of(ProblemType.CONFLICT, "report.LOCKED");
        }
        if (report.status != ReportStatus.SUBMITTED) {
            throw illegal(report, to);
        }
        String comment = decision.comment() == null || decision.comment().isBlank()
                ? null
                : decision.comment().strip();
        if (!decision.accept() && comment == null) {
            throw ProblemException.invalid(new FieldViolation("comment", "REQUIRED_TO_RETURN"));
        }
        report.status = to;
        report.decidedAt = OffsetDateTime.now();
        report.decidedBy = caller.subject();
        report.decisionComment = comment;
        published(report, ReportStatus.SUBMITTED, report.decidedAt);
        return changed(report);
    }

    /** The report for a change by its reporter: visible, of the caller's own unit, at the version they saw. */
    private PeriodicReport forReporter(UUID id, long expectedVersion) {
        PeriodicReport report = queries.visible(id, LockModeType.PESSIMISTIC_WRITE);
        if (!caller.hasRole(Roles.REPORTER) || !report.reportingUnit.equals(caller.unit())) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "report.NOT_THE_REPORTER", report.reportingUnit);
        }
        IfMatch.check(expectedVersion, report.version);
        return report;
    }

    private static void requireOpen(PeriodicReport report, ReportStatus to) {
        if (report.status == ReportStatus.ACCEPTED) {
            throw ProblemException.of(ProblemType.CONFLICT, "report.LOCKED");
        }
        if (!report.status.editable()) {
            throw illegal(report, to);
        }
    }

    private static ProblemException illegal(PeriodicReport report, ReportStatus to) {
        return ProblemException.of(ProblemType.ILLEGAL_TRANSITION, ProblemType.ILLEGAL_TRANSITION.key("detail"),
                report.status.name(), to.name()).withAllowed(report.status.next());
    }

    /** The change of status, through the outbox, in the transaction of the change. */
    private void published(PeriodicReport report, ReportStatus from, OffsetDateTime at) {
        outbox.record("report", report.id.toString(), ReportStatusChangedEvent.TYPE, at,
                ReportStatusChangedEvent.of(report, from, at));
    }

    private ReportView changed(PeriodicReport report) {
        report.updatedAt = OffsetDateTime.now();
        PeriodicReport.flush();
        return queries.view(report);
    }
}
