package vn.treem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.treem.reporting.Reporting.BA_DINH;
import static vn.treem.reporting.Reporting.CUA_NAM;
import static vn.treem.reporting.Reporting.GIANG_VO;
import static vn.treem.reporting.Reporting.HA_NOI;
import static vn.treem.reporting.Reporting.HOAN_KIEM;
import static vn.treem.reporting.Reporting.HO_CHI_MINH;
import static vn.treem.reporting.Reporting.INTAKES_RECEIVED;
import static vn.treem.reporting.Reporting.NGOC_HA;
import static vn.treem.reporting.Reporting.PHU_THUONG;
import static vn.treem.reporting.Reporting.PLANS_ISSUED;
import static vn.treem.reporting.Reporting.THAI_BINH;
import static vn.treem.reporting.Reporting.THANH_PHO_THAI_BINH;
import static vn.treem.reporting.Reporting.VIET_NAM;
import static vn.treem.reporting.Reporting.caseOpened;
import static vn.treem.reporting.Reporting.consumed;
import static vn.treem.reporting.Reporting.planIssued;
import static vn.treem.reporting.Reporting.value;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
 * Events published on the real Kafka broker, as case-service and plan-service publish them, move the indicator values
 * the API answers. Tests share the database: each measures the change it causes, in months no other test uses.
 */
@QuarkusTest
class IndicatorProjectionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @ConfigProperty(name = "mp.messaging.incoming.plan-events.topic")
    String planTopic;

    @ConfigProperty(name = "mp.messaging.incoming.case-events.dead-letter-queue.topic")
    String deadLetterTopic;

    @Inject
    EntityManager em;

    @Test
    void anIntakeCountsForItsCommuneProvinceAndCountryInEveryPeriodThatContainsIt() {
        List<String> units = List.of(BA_DINH, HA_NOI, VIET_NAM);
        List<String> containing = List.of("2026", "2026H1", "2026Q1", "2026-02");
        List<String> notContaining = List.of("2026H2", "2026Q2", "2026-01", "2026-03", "2025");
        Map<String, Long> before = values(INTAKES_RECEIVED, units, containing, notContaining);

        TestEvents.publish(caseTopic, caseOpened(BA_DINH, "2026-02-10T09:15:00+07:00"));

        awaitValue(INTAKES_RECEIVED, BA_DINH, "2026-02", before.get(BA_DINH + "@2026-02") + 1);
        Map<String, Long> after = values(INTAKES_RECEIVED, units, containing, notContaining);
        for (String unit : units) {
            for (String period : containing) {
                assertThat(after.get(unit + "@" + period)).as(unit + " in " + period)
                        .isEqualTo(before.get(unit + "@" + period) + 1);
            }
            for (String period : notContaining) {
                assertThat(after.get(unit + "@" + period)).as(unit + " in " + period)
                        .isEqualTo(before.get(unit + "@" + period));
            }
        }
    }

    @Test
    void intakesOfTwoCommunesAddUpInTheirProvince() {
        long province = value(INTAKES_RECEIVED, HA_NOI, "2026-04");
        long baDinh = value(INTAKES_RECEIVED, BA_DINH, "2026-04");
        long ngocHa = value(INTAKES_RECEIVED, NGOC_HA, "2026-04");

        TestEvents.publish(caseTopic, caseOpened(BA_DINH, "2026-04-02T10:00:00+07:00"));
        TestEvents.publish(caseTopic, caseOpened(NGOC_HA, "2026-04-20T16:45:00+07:00"));

        awaitValue(INTAKES_RECEIVED, HA_NOI, "2026-04", province + 2);
        assertThat(value(INTAKES_RECEIVED, BA_DINH, "2026-04")).isEqualTo(baDinh + 1);
        assertThat(value(INTAKES_RECEIVED, NGOC_HA, "2026-04")).isEqualTo(ngocHa + 1);
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        CloudEvent event = caseOpened(GIANG_VO, "2026-05-12T08:00:00+07:00");
        long before = value(INTAKES_RECEIVED, GIANG_VO, "2026-05");
        long province = value(INTAKES_RECEIVED, HA_NOI, "2026-05");
        TestEvents.publish(caseTopic, event);
        awaitValue(INTAKES_RECEIVED, GIANG_VO, "2026-05", before + 1);
        double duplicates = consumed("duplicate");

        TestEvents.publish(caseTopic, event);

        await().atMost(PATIENCE).until(() -> consumed("duplicate") > duplicates);
        assertThat(value(INTAKES_RECEIVED, GIANG_VO, "2026-05")).isEqualTo(before + 1);
        assertThat(value(INTAKES_RECEIVED, HA_NOI, "2026-05")).isEqualTo(province + 1);
    }

    @Test
    void monthsFollowVietnameseTimeNotUtc() {
        long june = value(INTAKES_RECEIVED, HOAN_KIEM, "2026-06");
        long july = value(INTAKES_RECEIVED, HOAN_KIEM, "2026-07");
        long firstHalf = value(INTAKES_RECEIVED, HOAN_KIEM, "2026H1");
        long secondHalf = value(INTAKES_RECEIVED, HOAN_KIEM, "2026H2");

        // 23:30 on 30 June in Hà Nội: still June.
        TestEvents.publish(caseTopic, caseOpened(HOAN_KIEM, "2026-06-30T23:30:00+07:00"));
        awaitValue(INTAKES_RECEIVED, HOAN_KIEM, "2026-06", june + 1);
        assertThat(value(INTAKES_RECEIVED, HOAN_KIEM, "2026H1")).isEqualTo(firstHalf + 1);
        assertThat(value(INTAKES_RECEIVED, HOAN_KIEM, "2026-07")).isEqualTo(july);

        // 17:30 UTC on 30 June is 00:30 on 1 July in Hà Nội: July.
        TestEvents.publish(caseTopic, caseOpened(HOAN_KIEM, "2026-06-30T17:30:00Z"));
        awaitValue(INTAKES_RECEIVED, HOAN_KIEM, "2026-07", july + 1);
        assertThat(value(INTAKES_RECEIVED, HOAN_KIEM, "2026H2")).isEqualTo(secondHalf + 1);
        assertThat(value(INTAKES_RECEIVED, HOAN_KIEM, "2026-06")).isEqualTo(june + 1);
        assertThat(value(INTAKES_RECEIVED, HOAN_KIEM, "2026H1")).isEqualTo(firstHalf + 1);
    }

    @Test
    void aPlanIssuedByThaiBinhIn2022CountsForThaiBinhAndTheCountryIn2022() {
        long thaiBinh = value(PLANS_ISSUED, THAI_BINH, "2022");
        long country = value(PLANS_ISSUED, VIET_NAM, "2022");
        long firstQuarter = value(PLANS_ISSUED, THAI_BINH, "2022Q1");
        long march = value(PLANS_ISSUED, THAI_BINH, "2022-03");
        long later = value(PLANS_ISSUED, THAI_BINH, "2022H2");

        TestEvents.publish(planTopic, planIssued(THAI_BINH, "PROVINCE", "2022-03-22"));

        awaitValue(PLANS_ISSUED, THAI_BINH, "2022", thaiBinh + 1);
        assertThat(value(PLANS_ISSUED, VIET_NAM, "2022")).isEqualTo(country + 1);
        assertThat(value(PLANS_ISSUED, THAI_BINH, "2022Q1")).isEqualTo(firstQuarter + 1);
        assertThat(value(PLANS_ISSUED, THAI_BINH, "2022-03")).isEqualTo(march + 1);
        assertThat(value(PLANS_ISSUED, THAI_BINH, "2022H2")).isEqualTo(later);
    }

    @Test
    void aPlanOfAFormerDistrictCountsForItsFormerProvince() {
        long thaiBinh = value(PLANS_ISSUED, THAI_BINH, "2023");
        long district = value(PLANS_ISSUED, THANH_PHO_THAI_BINH, "2023");

        TestEvents.publish(planTopic, planIssued(THANH_PHO_THAI_BINH, "DISTRICT", "2023-08-15"));

        awaitValue(PLANS_ISSUED, THAI_BINH, "2023", thaiBinh + 1);
        assertThat(value(PLANS_ISSUED, THANH_PHO_THAI_BINH, "2023")).isEqualTo(district + 1);
    }

    @Test
    void aRecordThatIsNoCloudEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        // Same key, so both records land in one partition and the valid event is read after the bad record.
        String key = UUID.randomUUID().toString();
        long before = value(INTAKES_RECEIVED, CUA_NAM, "2026-08");

        TestEvents.publishRaw(caseTopic, key,
                "{\"hello\": \"this is no CloudEvent\"}".getBytes(StandardCharsets.UTF_8));
        TestEvents.publishRaw(caseTopic, key,
                CloudEventCodec.serialize(caseOpened(CUA_NAM, "2026-08-08T08:08:00+07:00")));

        awaitValue(INTAKES_RECEIVED, CUA_NAM, "2026-08", before + 1);
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains("this is no CloudEvent");
        assertThat(dead.headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(new String(dead.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo(caseTopic);
    }

    @Test
    void anEventWhoseDataLacksTheCommuneGoesToTheDeadLetterTopicAndCountsNothing() {
        long before = value(INTAKES_RECEIVED, PHU_THUONG, "2026-09");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", UUID.randomUUID().toString());
        data.put("receivedAt", "2026-09-01T08:00:00+07:00");
        CloudEvent broken = CloudEventCodec.create("/case-service", "vn.treem.case.case.opened.v1",
                data.get("caseId").toString(), OffsetDateTime.parse("2026-09-01T08:00:00+07:00"), data);

        TestEvents.publish(caseTopic, broken);
        TestEvents.publishRaw(caseTopic, broken.getSubject(),
                CloudEventCodec.serialize(caseOpened(PHU_THUONG, "2026-09-02T08:00:00+07:00")));

        awaitValue(INTAKES_RECEIVED, PHU_THUONG, "2026-09", before + 1);
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(broken.getSubject());
        assertThat(CloudEventCodec.deserialize(dead.value()).getId()).isEqualTo(broken.getId());
        assertThat(processed(broken.getId())).isZero();
    }

    @Test
    void aPlanEventWithoutDataOrWithAnUnreadableDateGoesToTheDeadLetterTopic() {
        String planId = UUID.randomUUID().toString();
        long before = value(PLANS_ISSUED, HO_CHI_MINH, "2024-05");
        CloudEvent empty = CloudEventCodec.create("/plan-service", "vn.treem.plan.plan.issued.v1", planId,
                OffsetDateTime.parse("2024-05-06T09:00:00+07:00"), null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", planId);
        data.put("issuingUnitCode", HO_CHI_MINH);
        data.put("issueDate", "06/05/2024");
        CloudEvent unreadable = CloudEventCodec.create("/plan-service", "vn.treem.plan.plan.issued.v1", planId,
                OffsetDateTime.parse("2024-05-06T09:00:00+07:00"), data);

        TestEvents.publish(planTopic, empty);
        TestEvents.publish(planTopic, unreadable);
        TestEvents.publishRaw(planTopic, planId,
                CloudEventCodec.serialize(planIssued(HO_CHI_MINH, "PROVINCE", "2024-05-07")));

        awaitValue(PLANS_ISSUED, HO_CHI_MINH, "2024-05", before + 1);
        List<String> dead = awaitDeadLetters(planId, 2).stream()
                .map(record -> CloudEventCodec.deserialize(record.value()).getId()).toList();
        assertThat(dead).containsExactlyInAnyOrder(empty.getId(), unreadable.getId());
        assertThat(processed(empty.getId()) + processed(unreadable.getId())).isZero();
    }

    @Test
    void anEventOfAnUnknownTypeIsRecordedAsProcessedAndChangesNoCount() {
        long before = value(INTAKES_RECEIVED, PHU_THUONG, "2026-10");
        Map<String, Object> data = Map.of("caseId", UUID.randomUUID().toString(), "communeCode", PHU_THUONG,
                "receivedAt", "2026-10-05T08:00:00+07:00");
        CloudEvent unknown = CloudEventCodec.create("/case-service", "vn.treem.case.case.archived.v1",
                data.get("caseId").toString(), OffsetDateTime.parse("2026-10-05T08:00:00+07:00"), data);

        TestEvents.publish(caseTopic, unknown);

        await().atMost(PATIENCE).until(() -> processed(unknown.getId()) == 1);
        assertThat(value(INTAKES_RECEIVED, PHU_THUONG, "2026-10")).isEqualTo(before);
    }

    private static void awaitValue(String indicator, String unit, String period, long expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> value(indicator, unit, period) == expected);
    }

    private static Map<String, Long> values(String indicator, List<String> units, List<String> periods,
            List<String> morePeriods) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String unit : units) {
            for (String period : periods) {
                values.put(unit + "@" + period, value(indicator, unit, period));
            }
            for (String period : morePeriods) {
                values.put(unit + "@" + period, value(indicator, unit, period));
            }
        }
        return values;
    }

    private long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, "reporting.indicators").setParameter(2, eventId).getSingleResult()).longValue());
    }

    /** Reads the dead-letter topic from its beginning until the record with {@code key} arrives. */
    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return awaitDeadLetters(key, 1).get(0);
    }

    /** Reads the dead-letter topic from its beginning until {@code count} records with {@code key} arrived. */
    private List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String key, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEvents.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-dlq-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(deadLetterTopic));
            await().atMost(PATIENCE).pollInSameThread().until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
                return found.size() >= count;
            });
        }
        return found;
    }
}
