package vn.treem.reporting.projection;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.cloudevents.CloudEvent;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import vn.treem.reporting.progress.PlanProgressFacts;
import vn.treem.reporting.reports.ReportSchedules;

/**
 * Applies case and plan events to the three consumers of reporting-service — the indicator projection
 * ({@value IndicatorProjection#CONSUMER}), the report schedules ({@value ReportSchedules#CONSUMER}) and plan progress
 * ({@value PlanProgressFacts#CONSUMER}) — each exactly once through its inbox.
 */
@ApplicationScoped
public class EventApplier {

    @Inject
    EntityManager em;

    @Inject
    IndicatorProjection projection;

    @Inject
    ReportSchedules reportSchedules;

    @Inject
    PlanProgressFacts planProgress;

    /**
     * Applies {@code events}, in order, to every consumer in one transaction, taking the rebuild locks shared once for
     * all. Any failure rolls back the whole batch, leaving nothing of it applied; the failure of an event is thrown as
     * a {@link BatchFailure} that tells which.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyBatch(List<CloudEvent> events) {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(?1), pg_advisory_xact_lock_shared(?2)")
                .setParameter(1, IndicatorProjection.REBUILD_LOCK).setParameter(2, PlanProgressFacts.REBUILD_LOCK)
                .getSingleResult();
        for (int i = 0; i < events.size(); i++) {
            CloudEvent event = events.get(i);
            try {
                projection.applyHere(event);
                reportSchedules.applyHere(event);
                planProgress.applyHere(event);
            } catch (RuntimeException failure) {
                throw new BatchFailure(i, failure);
            }
        }
    }

    /** The event at {@code index} of a batch failed: the batch was rolled back. */
    public static final class BatchFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int index;

        BatchFailure(int index, RuntimeException cause) {
            super("event " + index + " of the batch failed", cause);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    /**
     * Applies one event as before batching: a transaction per consumer, so data one consumer cannot use does not stop
     * the others from applying theirs. Data a rule cannot use throws {@link IllegalArgumentException} at once; other
     * failures (the database) are retried with a growing pause (SmallRye Fault Tolerance; tune with e.g.
     * {@code vn.treem.reporting.projection.EventApplier/applyOne/Retry/maxRetries}).
     */
    @Retry(maxRetries = 5, delay = 500, delayUnit = ChronoUnit.MILLIS, maxDuration = 2, durationUnit = ChronoUnit.MINUTES, abortOn = IllegalArgumentException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 8, maxDelayUnit = ChronoUnit.SECONDS)
    public void applyOne(CloudEvent event) {
        projection.apply(event);
        reportSchedules.apply(event);
        planProgress.apply(event);
    }
}
