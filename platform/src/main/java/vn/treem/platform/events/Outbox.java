package vn.treem.platform.events;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The transactional outbox (ADR 0002): an event is written to {@code outbox_event} in the same database transaction as
 * the state change it reports, so either both happen or neither does. {@link OutboxRelay} publishes committed rows. The
 * trace context of the writer goes with the event, so that consumers continue its trace.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "treem.events.source")
    String source;

    /**
     * Records an event about aggregate {@code aggregateId}; it is published to Kafka, keyed by that id, after the
     * current transaction commits. Returns the event id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String record(String aggregateType, String aggregateId, String eventType, OffsetDateTime time, Object data) {
        CloudEvent event = CloudEventCodec.create(source, eventType, aggregateId, time, data);
        em.createNativeQuery("""
                insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, payload, created_at,
                    traceparent)
                values (?1, ?2, ?3, ?4, ?5, now(), cast(?6 as varchar))""")
                .setParameter(1, event.getId())
                .setParameter(2, aggregateType)
                .setParameter(3, aggregateId)
                .setParameter(4, eventType)
                .setParameter(5, CloudEventCodec.serializeToString(event))
                .setParameter(6, traceparent())
                .executeUpdate();
        AfterCommit.run(transactions, relay::wakeUp);
        return event.getId();
    }

    /** The W3C {@code traceparent} of the current span (version 00), or null outside a trace. */
    static String traceparent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex()
                : null;
    }
}
