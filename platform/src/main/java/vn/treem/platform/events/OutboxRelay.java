package vn.treem.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes committed outbox rows to the service's Kafka topic, in id order, at least once. One relay works at a time
 * across all replicas of a service (a PostgreSQL advisory lock), so events of one aggregate leave in the order they
 * were written; the idempotent producer keeps that order within the partition of the aggregate's key. A row is marked
 * published only after Kafka acknowledged it (acks=all); if Kafka or the database is down, rows wait and are retried.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK = 0x7472656d6f7574L; // "tremout"

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "treem.events.topic")
    String topic;

    @Inject
    KafkaClients kafka;

    @ConfigProperty(name = "treem.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "treem.outbox.poll-interval", defaultValue = "PT0.5S")
    Duration pollInterval;

    @ConfigProperty(name = "treem.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "treem.outbox.retention", defaultValue = "P7D")
    Duration retention;

    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private KafkaProducer<String, byte[]> producer;
    private Counter published;
    private Counter failures;

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        Properties config = kafka.connection();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + topic);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        published = metrics.counter("treem.outbox.published", "topic", topic);
        failures = metrics.counter("treem.outbox.failures", "topic", topic);
        Gauge.builder("treem.outbox.pending", this, OutboxRelay::pendingCount).tag("topic", topic)
                .description("Events written but not yet acknowledged by Kafka").register(metrics);
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
        executor.scheduleWithFixedDelay(this::drain, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purgePublished, 1, 10, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Asks for a publication run soon, without waiting for the next poll; called after an outbox commit. */
    public void wakeUp() {
        if (executor != null && wakeQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                wakeQueued.set(false);
                drain();
            });
        }
    }

    private void drain() {
        try {
            while (publishBatch() >= batchSize) {
                // a full batch: there may be more
            }
        } catch (Exception e) {
            failures.increment();
            LOG.warnf("outbox relay could not publish to %s (will retry): %s", topic, e.getClass().getSimpleName());
        }
    }

    /** Publishes up to one batch of pending events; returns how many were published. */
    int publishBatch() throws Exception {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, ADVISORY_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select id, aggregate_id, payload, traceparent from outbox_event
                    where published_at is null order by id limit ?1""")
                    .setParameter(1, batchSize).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            List<Long> ids = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                ids.add(((Number) row[0]).longValue());
                var record = new ProducerRecord<String, byte[]>(topic, (String) row[1],
                        ((String) row[2]).getBytes(StandardCharsets.UTF_8));
                record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                if (row[3] != null) {
                    record.headers().add("traceparent", ((String) row[3]).getBytes(StandardCharsets.UTF_8));
                }
                acks.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(20, TimeUnit.SECONDS);
            }
            em.createNativeQuery("update outbox_event set published_at = now() where id in (?1)")
                    .setParameter(1, ids).executeUpdate();
            published.increment(ids.size());
            return ids.size();
        });
    }

    private void purgePublished() {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from outbox_event where published_at < now() - cast(?1 as interval)")
                    .setParameter(1, retention.toSeconds() + " seconds").executeUpdate());
        } catch (Exception e) {
            LOG.warnf("outbox purge failed (will retry): %s", e.getClass().getSimpleName());
        }
    }

    private double pendingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from outbox_event where published_at is null")
                    .getSingleResult()).doubleValue());
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
