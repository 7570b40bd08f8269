package vn.treem.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Idempotent consumption: a consumer records each event id in {@code processed_event} in the same transaction as the
 * update the event causes. A redelivered event finds its id there and changes nothing. The metric
 * {@code treem.events.consumed} counts an event once its transaction commits: a transaction rolled back (e.g. a batch
 * of events applied again one by one) counts nothing.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** True the first time {@code consumer} sees {@code event}; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, CloudEvent event) {
        int inserted = em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type, processed_at)
                values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.getId())
                .setParameter(3, event.getType())
                .executeUpdate();
        boolean first = inserted == 1;
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return first; // marked for rollback: nothing will be committed, nothing to count
        }
        AfterCommit.run(transactions, () -> metrics.counter("treem.events.consumed", "consumer", consumer, "outcome",
                first ? "applied" : "duplicate").increment());
        return first;
    }
}
