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

    /** How often a run scans from the first id instead of the floor (see settle). */
    @ConfigProperty(name = "treem.outbox.sweep-interval", defaultValue = "PT1M")
    Duration sweepInterval;

    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private KafkaProducer<String, byte[]> producer;
    private Counter published;
    private Counter failures;
    /** Every event with an id up to this one is published or was rolled back: scans start above it (see settle). */
    private long floor;
    private long candidate;
    /** The xmax of the snapshot that saw {@link #candidate}; 0 when there is no candidate. */
    private long candidateXmax;
    private long lastSweep = System.nanoTime();

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

    /**
     * Publishes until nothing is pending. A scan continues above the last full batch; one ending short is repeated from
     * where the run started, so that events committed late under a lower id are found before the run ends. A run starts
     * at the floor, or at the first id once per sweep interval.
     */
    synchronized void drain() {
        try {
            boolean sweep = System.nanoTime() - lastSweep >= sweepInterval.toNanos();
            long start = sweep ? 0 : floor;
            long after = start;
            while (true) {
                Batch batch = publishBatch(after);
                if (batch.published() >= batchSize) {
                    after = batch.lastId();
                } else if (after > start) {
                    after = start;
                } else {
                    if (sweep) {
                        lastSweep = System.nanoTime();
                    }
                    settle(batch);
                    return;
                }
            }
        } catch (Exception e) {
            failures.increment();
            LOG.warnf("outbox relay could not publish to %s (will retry): %s", topic, e.getClass().getSimpleName());
        }
    }

    /**
     * What one committed publication transaction saw: how many events it published and the last id; the id sequence's
     * last value, read before its scan; the scan's snapshot horizon (xmin, xmax).
     */
    record Batch(int published, long lastId, long top, long xmin, long xmax) {
    }

    /**
     * Moves the floor after a scan from the floor (or below) that found nothing more to publish. Every id up to the
     * sequence's value read before that scan was then either visible to the scan, and so is published now, or held by a
     * transaction still running, with a transaction id below the scan's xmax (a transaction has its id before it writes
     * its first row). That value becomes the floor once a later scan's xmin shows all those transactions ended and that
     * scan, from the old floor, has published what they wrote. The one gap, a transaction that had taken an event id
     * but not yet written the row when the scan began, is closed by the periodic sweep from the first id. Published
     * rows stay until the purge: without a floor every scan would read past all the rows published since the last
     * vacuum.
     */
    private void settle(Batch scan) {
        if (candidateXmax > 0 && scan.xmin() >= candidateXmax) {
            floor = Math.max(floor, candidate);
            candidateXmax = 0;
        }
        if (scan.top() > floor && candidateXmax == 0) {
            candidate = scan.top();
            candidateXmax = scan.xmax();
        }
    }

    /** The highest id below which no event waits; package-private for tests. */
    synchronized long floor() {
        return floor;
    }

    /** Publishes up to one batch of pending events with an id above {@code after}, in one transaction. */
    Batch publishBatch(long after) throws Exception {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] lock = (Object[]) em.createNativeQuery(
                    """
                            select pg_try_advisory_xact_lock(?1),
                                (select case when is_called then last_value else last_value - 1 end from outbox_event_id_seq)""")
                    .setParameter(1, ADVISORY_LOCK).getSingleResult();
            if (!(Boolean) lock[0]) {
                return new Batch(0, after, 0, 0, 0);
            }
            long top = ((Number) lock[1]).longValue();
            // The snapshot's horizon and the pending rows, seen by the same snapshot.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select s.xmin, s.xmax, r.id, r.aggregate_id, r.payload, r.traceparent
                    from (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as xmin,
                                 pg_snapshot_xmax(pg_current_snapshot())::text::bigint as xmax) s
                    left join lateral (select id, aggregate_id, payload, traceparent from outbox_event
                                       where published_at is null and id > ?1 order by id limit ?2) r on true
                    order by r.id""")
                    .setParameter(1, after).setParameter(2, batchSize).getResultList();
            long xmin = ((Number) rows.get(0)[0]).longValue();
            long xmax = ((Number) rows.get(0)[1]).longValue();
            if (rows.get(0)[2] == null) {
                return new Batch(0, after, top, xmin, xmax);
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            List<Long> ids = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                ids.add(((Number) row[2]).longValue());
                var record = new ProducerRecord<String, byte[]>(topic, (String) row[3],
                        ((String) row[4]).getBytes(StandardCharsets.UTF_8));
                record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                if (row[5] != null) {
                    record.headers().add("traceparent", ((String) row[5]).getBytes(StandardCharsets.UTF_8));
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
            return new Batch(ids.size(), ids.get(ids.size() - 1), top, xmin, xmax);
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
