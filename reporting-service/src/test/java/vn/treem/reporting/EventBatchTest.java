package vn.treem.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.platform.testing.TestTokens.bearer;
import static vn.treem.reporting.Reporting.BA_DINH;
import static vn.treem.reporting.Reporting.CUA_NAM;
import static vn.treem.reporting.Reporting.GIANG_VO;
import static vn.treem.reporting.Reporting.HA_NOI;
import static vn.treem.reporting.Reporting.INTAKES_RECEIVED;
import static vn.treem.reporting.Reporting.NGOC_HA;
import static vn.treem.reporting.Reporting.caseOpened;
import static vn.treem.reporting.Reporting.consumed;
import static vn.treem.reporting.Reporting.value;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.testing.TestEvents;

/**
 * reporting-service applies the records of a poll together (issue #9, "Event freshness"): a burst of 500 records —
 * distinct intakes, duplicates of some of them right behind, a record that is no CloudEvent and an intake whose data
 * lacks its commune — on the real broker and database ends with every intake counted exactly once, both bad records in
 * the dead-letter topic, and the good records around them applied all the same. Counts are in 2028, which no other test
 * uses.
 */
@QuarkusTest
class EventBatchTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> COMMUNES = List.of(BA_DINH, NGOC_HA, GIANG_VO, CUA_NAM);
    private static final String CONSUMER = "reporting.indicators";

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @ConfigProperty(name = "mp.messaging.incoming.case-events.dead-letter-queue.topic")
    String deadLetterTopic;

    @Inject
    EntityManager em;

    @Test
    void aBurstWithDuplicatesAndPoisonRecordsIsAppliedExactlyOnceAndThePoisonGoesToTheDeadLetterTopic() {
        Map<String, Long> before = yearValues();
        List<CloudEvent> distinct = new ArrayList<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < 478; i++) {
            String commune = COMMUNES.get(i % COMMUNES.size());
            distinct.add(caseOpened(commune, "2028-%02d-%02dT09:00:00+07:00".formatted(1 + i % 12, 1 + i % 28)));
            expected.merge(commune, 1L, Long::sum);
        }
        expected.put(HA_NOI, (long) distinct.size());
        // 20 duplicates, each right behind its original (same key: same partition, likely the same poll).
        List<CloudEvent> burst = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            burst.add(distinct.get(i));
            if (i % 24 == 5) {
                burst.add(distinct.get(i));
            }
        }
        assertThat(burst).hasSize(498);
        CloudEvent noCommune = intakeWithoutCommune();
        String garbageKey = UUID.randomUUID().toString();
        double duplicatesBefore = consumed("duplicate");

        try (EventBurst producer = new EventBurst()) {
            producer.publishAll(caseTopic, burst.subList(0, 200));
            producer.publishRaw(caseTopic, garbageKey, "{\"hello\": \"this is no CloudEvent\"}");
            producer.publishAll(caseTopic, burst.subList(200, 300));
            producer.publishAll(caseTopic, List.of(noCommune));
            producer.publishAll(caseTopic, burst.subList(300, burst.size()));
        }

        List<String> ids = distinct.stream().map(CloudEvent::getId).toList();
        await().atMost(PATIENCE).until(() -> processed(ids) == ids.size());
        await().atMost(PATIENCE).until(() -> consumed("duplicate") >= duplicatesBefore + 20);
        Map<String, ConsumerRecord<String, byte[]>> dead = awaitDeadLetters(Set.of(garbageKey, noCommune.getSubject()));
        assertThat(new String(dead.get(garbageKey).value(), StandardCharsets.UTF_8)).contains("no CloudEvent");
        assertThat(CloudEventCodec.deserialize(dead.get(noCommune.getSubject()).value()).getId())
                .isEqualTo(noCommune.getId());
        assertThat(new String(dead.get(noCommune.getSubject()).headers().lastHeader("dead-letter-topic").value(),
                StandardCharsets.UTF_8)).isEqualTo(caseTopic);
        assertThat(processed(List.of(noCommune.getId()))).isZero();
        Map<String, Long> after = yearValues();
        for (String unit : after.keySet()) {
            assertThat(after.get(unit) - before.get(unit)).as(unit).isEqualTo(expected.get(unit));
        }

        // The first 100 again, as a redelivered batch: nothing changes.
        double duplicatesNow = consumed("duplicate");
        try (EventBurst producer = new EventBurst()) {
            producer.publishAll(caseTopic, distinct.subList(0, 100));
        }
        await().atMost(PATIENCE).until(() -> consumed("duplicate") >= duplicatesNow + 100);
        assertThat(yearValues()).isEqualTo(after);

        // A rebuild replays the topics, poison records included (skipped), and gives the same values.
        OffsetDateTime rebuildStart = processedAt(distinct.get(0).getId());
        given().header("Authorization", bearer(Reporting.VIET_NAM, "ADMIN")).when()
                .post("/api/v1/projections/rebuild").then().statusCode(200);
        assertThat(processedAt(distinct.get(0).getId())).as("applied again by the rebuild").isAfter(rebuildStart);
        assertThat(processed(List.of(noCommune.getId()))).isZero();
        assertThat(yearValues()).isEqualTo(after);
    }

    private OffsetDateTime processedAt(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) em.createNativeQuery(
                "select processed_at from processed_event where consumer = ?1 and event_id = ?2", OffsetDateTime.class)
                .setParameter(1, CONSUMER).setParameter(2, eventId).getSingleResult());
    }

    private static CloudEvent intakeWithoutCommune() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", UUID.randomUUID().toString());
        data.put("receivedAt", "2028-03-01T08:00:00+07:00");
        return CloudEventCodec.create("/case-service", "vn.treem.case.case.opened.v1", data.get("caseId").toString(),
                OffsetDateTime.parse("2028-03-01T08:00:00+07:00"), data);
    }

    private static Map<String, Long> yearValues() {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String unit : COMMUNES) {
            values.put(unit, value(INTAKES_RECEIVED, unit, "2028"));
        }
        values.put(HA_NOI, value(INTAKES_RECEIVED, HA_NOI, "2028"));
        return values;
    }

    private long processed(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where consumer = ?1 and event_id = any(?2)")
                .setParameter(1, CONSUMER).setParameter(2, ids.toArray(String[]::new)).getSingleResult())
                .longValue());
    }

    /** Reads the dead-letter topic from its beginning until a record with each of {@code keys} arrived. */
    private Map<String, ConsumerRecord<String, byte[]>> awaitDeadLetters(Set<String> keys) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEvents.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-dlq-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, ConsumerRecord<String, byte[]>> found = new LinkedHashMap<>();
        Set<String> wanted = new HashSet<>(keys);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(deadLetterTopic));
            await().atMost(PATIENCE).pollInSameThread().until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.contains(record.key())) {
                        found.put(record.key(), record);
                    }
                }
                return found.keySet().containsAll(wanted);
            });
        }
        return found;
    }
}
