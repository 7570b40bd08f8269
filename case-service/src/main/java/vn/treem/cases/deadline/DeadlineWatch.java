package vn.treem.cases.deadline;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.treem.cases.casework.CaseTransition;
import vn.treem.cases.casework.ProtectionCase;
import vn.treem.cases.casework.TransitionKind;
import vn.treem.cases.events.DeadlineMissedEvent;
import vn.treem.platform.events.Outbox;

/**
 * Watches the clock: a deadline whose due time passed while its step was not done is marked missed, written in the
 * case's history and announced once ({@code vn.treem.case.case.deadline-missed.v1}). Several instances may run: rows
 * are claimed with {@code SKIP LOCKED}.
 */
@ApplicationScoped
public class DeadlineWatch {

    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    @Inject
    Outbox outbox;

    @Scheduled(every = "${treem.deadlines.sweep-interval}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        sweep();
    }

    /** Marks every overdue deadline missed; returns how many. */
    public int sweep() {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::sweepBatch);
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            LOG.infof("%d deadline(s) passed unmet", total);
        }
        return total;
    }

    private int sweepBatch() {
        OffsetDateTime now = OffsetDateTime.now();
        List<CaseDeadline> overdue = CaseDeadline.getEntityManager().createQuery("""
                from CaseDeadline d where d.metAt is null and d.cancelledAt is null and d.missedAt is null
                and d.dueAt < :now order by d.dueAt""", CaseDeadline.class)
                .setParameter("now", now).setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
        for (CaseDeadline deadline : overdue) {
            deadline.missedAt = now;
            ProtectionCase found = ProtectionCase.findById(deadline.caseId);
            CaseTransition.record(found.id, TransitionKind.DEADLINE_MISSED, found.status, found.status, now,
                    "system", java.util.Map.of("deadline", deadline.kind.name(), "dueAt", deadline.dueAt.toString()));
            outbox.record("case", found.id.toString(), DeadlineMissedEvent.TYPE, now,
                    new DeadlineMissedEvent(found.id, found.communeCode, found.provinceCode, deadline.kind.name(),
                            deadline.dueAt, now, found.status.name()));
        }
        return overdue.size();
    }
}
