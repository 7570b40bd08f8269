package vn.treem.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Idempotent consumption: a consumer records each event id in {@code processed_event} in the same transaction as the
 * update the event causes. A redelivered event finds its id there and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

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
        metrics.counter("treem.events.consumed", "consumer", consumer, "outcome", first ? "applied" : "duplicate")
                .increment();
        return first;
    }
}
