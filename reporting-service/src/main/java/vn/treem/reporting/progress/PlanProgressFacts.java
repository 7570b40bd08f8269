package vn.treem.reporting.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.cloudevents.CloudEvent;
import vn.treem.platform.adminunits.AdminUnitDirectory;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.events.Inbox;

/**
 * Keeps the progress facts of issued plans — targets, assignments, reported statuses and actual values — up to date
 * from plan events, exactly once per event (platform inbox, consumer {@value #CONSUMER}). Each table row depends only
 * on the events of its own plan series, so a replay from the start of the topic gives the same rows:
 * <ul>
 * <li><b>issued.v1 / amended.v1</b>: the version in force of the series (an event of an older version than the one held
 * is ignored, as versions may cross on the topic);</li>
 * <li><b>closed.v1</b>: the day of closure;</li>
 * <li><b>assignment.status-changed.v1</b>: the assignment's latest status (by the time of the change);</li>
 * <li><b>indicator-actual.reported.v1</b>: the latest actual value of an indicator in a year.</li>
 * </ul>
 */
@ApplicationScoped
public class PlanProgressFacts {

    /** This consumer's name in the inbox and in {@code treem_events_consumed_total}. */
    public static final String CONSUMER = "reporting.plan-progress";

    /** The tables a rebuild empties before replaying. */
    public static final List<String> TABLES = List.of("progress_actual", "progress_assignment",
            "progress_plan_version", "progress_plan");

    private static final Set<String> TYPES = Set.of(PlanEvents.ISSUED, PlanEvents.AMENDED, PlanEvents.CLOSED,
            PlanEvents.ASSIGNMENT_STATUS, PlanEvents.ACTUAL_REPORTED);

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    /** Taken exclusively by a rebuild of the projections, shared by every live application of an event. */
    public static final long REBUILD_LOCK = 0x7072_6f67_7265_7373L;

    /** Applies {@code event} in a transaction of its own, unless a rebuild runs; see {@link #applyHere}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean apply(CloudEvent event) {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(?1)").setParameter(1, REBUILD_LOCK)
                .getSingleResult();
        return applyHere(event);
    }

    /**
     * Applies {@code event} in the current transaction; true if it changed the facts, false for a redelivery or an
     * event of another type. Data it cannot use throws {@link IllegalArgumentException}.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = IllegalArgumentException.class)
    public boolean applyHere(CloudEvent event) {
        if (!TYPES.contains(event.getType())) {
            return false;
        }
        switch (event.getType()) {
            case PlanEvents.CLOSED -> {
                PlanEvents.Closed closed = CloudEventCodec.requireData(event, PlanEvents.Closed.class);
                CloudEventCodec.require(event, closed.series() != null && closed.closedAt() != null,
                        "seriesId and closedAt");
                if (!inbox.firstDelivery(CONSUMER, event)) {
                    return false;
                }
                close(closed);
            }
            case PlanEvents.ASSIGNMENT_STATUS -> {
                PlanEvents.AssignmentStatus status = CloudEventCodec.requireData(event,
                        PlanEvents.AssignmentStatus.class);
                CloudEventCodec.require(event,
                        status.assignmentId() != null && status.toStatus() != null && status.at() != null
                                && (status.seriesId() != null || status.planId() != null),
                        "assignmentId, toStatus, at");
                if (!inbox.firstDelivery(CONSUMER, event)) {
                    return false;
                }
                em.createNativeQuery("""
                        insert into progress_assignment (assignment_id, series_id, status, changed_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict (assignment_id) do update set status = excluded.status,
                            changed_at = excluded.changed_at
                        where progress_assignment.changed_at <= excluded.changed_at""")
                        .setParameter(1, status.assignmentId())
                        .setParameter(2, status.seriesId() != null ? status.seriesId() : status.planId())
                        .setParameter(3, status.toStatus()).setParameter(4, status.at()).executeUpdate();
            }
            case PlanEvents.ACTUAL_REPORTED -> {
                PlanEvents.ActualReported actual = CloudEventCodec.requireData(event, PlanEvents.ActualReported.class);
                CloudEventCodec.require(event,
                        actual.seriesId() != null && actual.indicatorCode() != null && actual.year() != null
                                && actual.value() != null && actual.issuingUnitCode() != null
                                && actual.reportedAt() != null,
                        "seriesId, indicatorCode, year, value, reportedAt");
                if (!inbox.firstDelivery(CONSUMER, event)) {
                    return false;
                }
                em.createNativeQuery("""
                        insert into progress_actual (series_id, indicator_code, year, unit_code, value, reported_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (series_id, indicator_code, year) do update set value = excluded.value,
                            unit_code = excluded.unit_code, reported_at = excluded.reported_at
                        where progress_actual.reported_at <= excluded.reported_at""")
                        .setParameter(1, actual.seriesId()).setParameter(2, actual.indicatorCode())
                        .setParameter(3, actual.year()).setParameter(4, actual.issuingUnitCode())
                        .setParameter(5, actual.value()).setParameter(6, actual.reportedAt()).executeUpdate();
            }
            default -> {
                PlanEvents.Issued issued = CloudEventCodec.requireData(event, PlanEvents.Issued.class);
                CloudEventCodec.require(event, issued.planId() != null && issued.issuingUnitCode() != null
                        && issued.issueDate() != null && issued.periodFromYear() != null
                        && issued.periodToYear() != null, "planId, issuingUnitCode, issueDate and period");
                if (!inbox.firstDelivery(CONSUMER, event)) {
                    return false;
                }
                issue(issued);
            }
        }
        return true;
    }

    private void issue(PlanEvents.Issued issued) {
        em.createNativeQuery("""
                insert into progress_plan_version (plan_id, series_id) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, issued.planId()).setParameter(2, issued.series()).executeUpdate();
        ProgressPlan plan = ProgressPlan.findById(issued.series(), LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            plan = new ProgressPlan();
            plan.seriesId = issued.series();
        } else if (issued.version() < plan.versionNumber) {
            return;
        }
        plan.planId = issued.planId();
        plan.versionNumber = issued.version();
        plan.parentPlanId = issued.parentPlanId();
        plan.issuingUnitCode = issued.issuingUnitCode();
        plan.issueDate = issued.issueDate();
        plan.periodFromYear = issued.periodFromYear();
        plan.periodToYear = issued.periodToYear();
        plan.targets = issued.targets() == null ? List.of() : List.copyOf(issued.targets());
        plan.assignments = issued.assignments() == null
                ? List.of()
                : issued.assignments().stream().filter(a -> a.assignmentId() != null).toList();
        plan.updatedAt = OffsetDateTime.now();
        plan.persist();
    }

    private void close(PlanEvents.Closed closed) {
        ProgressPlan plan = ProgressPlan.findById(closed.series(), LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            return; // a closure before its issue cannot happen on one series key; nothing to close
        }
        LocalDate closedOn = closed.closedAt().atZoneSameInstant(AdminUnitDirectory.BUSINESS_ZONE).toLocalDate();
        plan.closedOn = plan.closedOn == null || closedOn.isBefore(plan.closedOn) ? closedOn : plan.closedOn;
        plan.updatedAt = OffsetDateTime.now();
    }

}
