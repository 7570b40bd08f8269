package vn.treem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The freshness benchmark of docs/benchmarks.md, never part of the test suite (not a *Test class, and enabled only with
 * {@code -Dtreem.benchmark.events=N}): publishes N intakes ({@code case.opened.v1}) to the case topic, at
 * {@code -Dtreem.benchmark.rate=R} events per second (0, the default: as fast as the producer goes), and watches
 * {@code processed_event} of the indicator consumer every 10 ms. Prints the rate at which events were applied and the
 * delays from the broker's acknowledgement of each record to (a) its {@code processed_at} (the applying transaction's
 * start, database clock) and (b) the moment its row was first seen committed; and the load average of the machine.
 * Timings are printed, never asserted.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "treem.benchmark.events", matches = "\\d+")
class FreshnessBenchmark {

    private static final String[] COMMUNES = {Reporting.BA_DINH, Reporting.NGOC_HA, Reporting.GIANG_VO,
            Reporting.HOAN_KIEM, Reporting.CUA_NAM, Reporting.PHU_THUONG};

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @Inject
    EntityManager em;

    @Test
    void intakesToIndicators() throws Exception {
        int n = Integer.getInteger("treem.benchmark.events");
        int rate = Integer.getInteger("treem.benchmark.rate", 0);
        List<CloudEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(Reporting.caseOpened(COMMUNES[i % COMMUNES.length],
                    "2027-%02d-%02dT10:00:00+07:00".formatted(1 + i % 12, 1 + i % 28)));
        }
        Map<String, Instant> published = new ConcurrentHashMap<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Thread publisher = new Thread(() -> {
            try (EventBurst burst = new EventBurst()) {
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    if (rate > 0) {
                        long due = start + i * 1_000_000_000L / rate;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    CloudEvent event = events.get(i);
                    published.put(event.getId(), burst.publish(caseTopic, event));
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        Instant first = Instant.now();
        publisher.start();
        Map<String, Instant> seen = new HashMap<>();
        Map<String, OffsetDateTime> processedAt = new HashMap<>();
        List<String> ids = events.stream().map(CloudEvent::getId).toList();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (seen.size() < n && Instant.now().isBefore(deadline) && failure.get() == null) {
            List<String> pending = ids.stream().filter(id -> !seen.containsKey(id)).toList();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select event_id, processed_at from processed_event
                    where consumer = 'reporting.indicators' and event_id = any(?1)""")
                    .setParameter(1, pending.toArray(String[]::new)).getResultList());
            Instant now = Instant.now();
            for (Object[] row : rows) {
                seen.put((String) row[0], now);
                processedAt.put((String) row[0], toOffset(row[1]));
            }
            Thread.sleep(10);
        }
        publisher.join();
        Instant last = seen.values().stream().max(Instant::compareTo).orElse(Instant.now());
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        assertThat(failure.get()).as("publishing").isNull();

        List<Long> visible = new ArrayList<>();
        List<Long> recorded = new ArrayList<>();
        for (String id : ids) {
            Instant sent = published.get(id);
            if (sent != null && seen.containsKey(id)) {
                visible.add(Duration.between(sent, seen.get(id)).toMillis());
                recorded.add(Duration.between(sent, processedAt.get(id).toInstant()).toMillis());
            }
        }
        visible.sort(Long::compare);
        recorded.sort(Long::compare);
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        System.out.printf(
                "FRESHNESS events=%d rate=%s applied=%d in %.2f s = %.0f events/s; publish->processed_at p50=%d p99=%d max=%d ms;"
                        + " publish->visible p50=%d p99=%d max=%d ms; load average %.2f -> %.2f (%d cpus)%n",
                n, rate == 0 ? "burst" : rate + "/s", seen.size(), seconds, seen.size() / seconds,
                percentile(recorded, 50), percentile(recorded, 99), percentile(recorded, 100),
                percentile(visible, 50), percentile(visible, 99), percentile(visible, 100), loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
