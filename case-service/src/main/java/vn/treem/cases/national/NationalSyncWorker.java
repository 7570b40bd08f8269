package vn.treem.cases.national;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import vn.treem.cases.child.Child;
import vn.treem.platform.problem.SafeLog;
import vn.treem.platform.retry.Backoff;

/**
 * Pushes the sync outbox to the national child database (ADR 0012). Each item is pushed in its own transaction, claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so that replicas share the work and no item is pushed by two workers at once; an
 * item waits while an earlier item of the same child is pending, so that a child's record always arrives before their
 * cases' statuses and changes arrive in order. A failure worth retrying puts the item back with exponential backoff
 * (and ends the run: the national system is struggling); after {@code treem.national.sync.max-attempts} tries, or at
 * once when the national system refuses the data, the item is parked for an administrator. Nothing is ever deleted, so
 * nothing is lost.
 */
@ApplicationScoped
public class NationalSyncWorker {

    private static final Logger LOG = Logger.getLogger(NationalSyncWorker.class);

    @Inject
    EntityManager em;

    @Inject
    NationalChildRegistry registry;

    @Inject
    NationalChildMapper mapper;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "treem.national.sync.batch-size", defaultValue = "50")
    int batchSize;

    /**
     * How many items one transaction claims and pushes, one after the other: one claim query and one commit for all of
     * them instead of one per item.
     */
    @ConfigProperty(name = "treem.national.sync.claim-size", defaultValue = "10")
    int claimSize;

    /**
     * How long one scheduled run may go on pushing full batch after full batch (a backlog after a burst of intakes, an
     * import or an outage) before it leaves the rest to the next poll.
     */
    @ConfigProperty(name = "treem.national.sync.max-run", defaultValue = "PT1M")
    Duration maxRun;

    @ConfigProperty(name = "treem.national.sync.max-attempts", defaultValue = "12")
    int maxAttempts;

    @ConfigProperty(name = "treem.national.sync.backoff-initial", defaultValue = "PT30S")
    Duration backoffInitial;

    @ConfigProperty(name = "treem.national.sync.backoff-max", defaultValue = "PT2H")
    Duration backoffMax;

    /**
     * The next items to push, at most {@code n}: the first due PENDING items, in id order, each with no earlier PENDING
     * item of the same child (so two items of one child are never claimed together). Index
     * {@code national_sync_pending} serves the order, {@code national_sync_child_pending} the check, so a claim reads a
     * few PENDING items however many are done.
     */
    public static String claim(int n) {
        return """
                select * from national_sync_outbox o
                where o.status = 'PENDING' and o.next_attempt_at <= now()
                  and not exists (select 1 from national_sync_outbox e
                                  where e.child_id = o.child_id and e.status = 'PENDING' and e.id < o.id)
                order by o.id limit %d for update skip locked""".formatted(n);
    }

    /** What one step of a run did. */
    enum Step {
        NOTHING_DUE, PUSHED, PARKED, RETRY_LATER
    }

    void registerMetrics(@Observes StartupEvent startup) {
        for (NationalSyncItem.Status status : List.of(NationalSyncItem.Status.PENDING,
                NationalSyncItem.Status.PARKED)) {
            Gauge.builder("treem.national.sync.items", this, w -> w.count(status))
                    .tag("status", status.name().toLowerCase())
                    .description("Changes waiting for the national child database (pending) or for an administrator"
                            + " (parked)")
                    .register(metrics);
        }
    }

    @Scheduled(identity = "national-sync", every = "${treem.national.sync.poll-interval:10s}", delayed = "${treem.national.sync.start-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (registry.enabled()) {
            drain();
        }
    }

    /**
     * Runs batch after batch while each one is full, so that a backlog is pushed at the pace the national system
     * answers rather than {@code batch-size} items per poll: until nothing is due, a batch ends early (the national
     * system is unavailable or asks to wait) or {@code max-run} has passed; returns how many items were handled.
     */
    public int drain() {
        long start = System.nanoTime();
        long deadline = start + maxRun.toNanos();
        int total = 0;
        int handled;
        do {
            handled = runOnce();
            total += handled;
        } while (handled >= batchSize && System.nanoTime() - deadline < 0);
        if (total > 0) {
            // One line per run, not per item (each item's outcome is in the table and the metrics).
            LOG.infof("national sync run: %d item(s) handled in %d ms", total, (System.nanoTime() - start) / 1_000_000);
        }
        return total;
    }

    /**
     * Pushes due items until none is due, {@code batch-size} were handled, or the national system proves unavailable;
     * returns how many items were handled.
     */
    public int runOnce() {
        if (!registry.enabled()) {
            return 0;
        }
        int handled = 0;
        while (handled < batchSize) {
            int limit = Math.min(claimSize, batchSize - handled);
            Claimed claimed;
            try {
                claimed = QuarkusTransaction.requiringNew().call(() -> pushClaimed(limit));
            } catch (RuntimeException e) {
                LOG.warnf("national sync run stopped (will retry): %s", SafeLog.describe(e));
                return handled;
            }
            handled += claimed.handled();
            if (claimed.last() != Step.PUSHED && claimed.last() != Step.PARKED) {
                break;
            }
        }
        return handled;
    }

    /** What one claim did: how many items it handled, and the last step (NOTHING_DUE when it claimed none). */
    private record Claimed(int handled, Step last) {
    }

    /**
     * Claims up to {@code limit} due items and pushes them in id order, in the caller's transaction; stops at the first
     * one to retry later (the national system is struggling: the items after it stay claimed by nobody).
     */
    private Claimed pushClaimed(int limit) {
        @SuppressWarnings("unchecked")
        List<NationalSyncItem> due = em.createNativeQuery(claim(limit), NationalSyncItem.class).getResultList();
        if (due.isEmpty()) {
            return new Claimed(0, Step.NOTHING_DUE);
        }
        int handled = 0;
        Step step = Step.NOTHING_DUE;
        for (NationalSyncItem item : due) {
            step = pushOne(item);
            handled++;
            if (step == Step.RETRY_LATER) {
                break;
            }
        }
        return new Claimed(handled, step);
    }

    private Step pushOne(NationalSyncItem item) {
        OffsetDateTime now = OffsetDateTime.now();
        try {
            NationalChildRegistry.PushResult result = push(item);
            item.attempts++;
            item.lastAttemptAt = now;
            item.status = NationalSyncItem.Status.DONE;
            item.doneAt = now;
            item.remoteOutcome = result.outcome().name();
            item.nationalId = result.nationalId();
            metrics.counter("treem.national.sync.pushed", "kind", item.kind.name(), "outcome",
                    result.outcome().name()).increment();
            LOG.debugf("national sync item %d (%s of child %s) pushed: %s after %d attempt(s)", item.id, item.kind,
                    item.childId, result.outcome(), item.attempts);
            return Step.PUSHED;
        } catch (NationalRegistryException.Rejected rejected) {
            item.attempts++;
            item.lastAttemptAt = now;
            failed(item, rejected, rejected.detail());
            park(item, now);
            return Step.PARKED;
        } catch (NationalRegistryException.Unavailable unavailable) {
            if (NationalRegistryException.Unavailable.CIRCUIT_OPEN.equals(unavailable.code())) {
                // The circuit breaker refused the call without trying: no attempt is charged to the item.
                return Step.RETRY_LATER;
            }
            item.attempts++;
            item.lastAttemptAt = now;
            failed(item, unavailable, unavailable.detail());
            return retryLater(item, now, unavailable.retryAfter());
        } catch (RuntimeException unexpected) {
            LOG.errorf("national sync item %d could not be pushed: %s", item.id, SafeLog.describe(unexpected));
            item.attempts++;
            item.lastAttemptAt = now;
            item.lastErrorCode = "INTERNAL_ERROR";
            item.lastErrorStatus = null;
            item.lastErrorDetail = unexpected.getClass().getSimpleName();
            return retryLater(item, now, null);
        }
    }

    private NationalChildRegistry.PushResult push(NationalSyncItem item) {
        if (item.kind == NationalSyncItem.Kind.CHILD) {
            Child child = Child.findById(item.childId);
            item.idempotencyKey = NationalChildMapper.childKey(child);
            return registry.pushChild(mapper.record(child), item.idempotencyKey);
        }
        NationalCaseStatusReport snapshot;
        try {
            snapshot = json.readValue(item.payload, NationalCaseStatusReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored case status report is not readable", e);
        }
        NationalCaseStatusReport report = new NationalCaseStatusReport(snapshot.externalCaseId(),
                snapshot.externalChildId(), snapshot.sourceSystem(), item.id, snapshot.communeCode(),
                snapshot.status(), snapshot.treemStatus(), snapshot.statusSince(), snapshot.openedAt(),
                snapshot.closedAt(), snapshot.concernCategories(), snapshot.riskLevel());
        item.idempotencyKey = "treem-case-" + item.caseId + "-" + item.id;
        return registry.pushCaseStatus(report, item.idempotencyKey);
    }

    private void failed(NationalSyncItem item, NationalRegistryException failure, String detail) {
        item.lastErrorCode = failure.code();
        item.lastErrorStatus = failure.httpStatus();
        item.lastErrorDetail = detail;
        metrics.counter("treem.national.sync.failures", "code", failure.code()).increment();
        LOG.warnf("national sync item %d (%s of child %s) failed, attempt %d: %s", item.id, item.kind, item.childId,
                item.attempts, failure.getMessage() + (detail == null ? "" : " [" + detail + "]"));
    }

    private Step retryLater(NationalSyncItem item, OffsetDateTime now, Duration retryAfter) {
        if (item.attempts >= maxAttempts) {
            park(item, now);
            return Step.PARKED;
        }
        Duration wait = backoff(item.attempts);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter.compareTo(backoffMax) > 0 ? backoffMax : retryAfter;
        }
        item.nextAttemptAt = now.plus(wait);
        return Step.RETRY_LATER;
    }

    private void park(NationalSyncItem item, OffsetDateTime now) {
        item.status = NationalSyncItem.Status.PARKED;
        item.parkedAt = now;
        metrics.counter("treem.national.sync.parked").increment();
        LOG.warnf("national sync item %d (%s of child %s) parked after %d attempt(s): %s", item.id, item.kind,
                item.childId, item.attempts, item.lastErrorCode);
    }

    /** {@code backoff-initial} doubled after each failure, at most {@code backoff-max}, give or take 20 %. */
    Duration backoff(int failures) {
        long capped = Backoff.exponential(backoffInitial, backoffMax, failures).toMillis();
        return Duration.ofMillis(Math.round(capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble())));
    }

    private double count(NationalSyncItem.Status status) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from national_sync_outbox where status = ?1")
                    .setParameter(1, status.name()).getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
