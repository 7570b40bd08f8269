package vn.treem.reporting.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.events.KafkaClients;
import vn.treem.reporting.progress.PlanProgressFacts;

/**
 * Rebuilds the indicator projection from the start of the case and plan topics: empties the facts, the counts and this
 * consumer's inbox, then replays every record up to the topics' current end, in one transaction under an exclusive lock
 * (live events wait and are applied after it). Replaying gives the same numbers, because each fact depends only on its
 * own events, applied in order.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);

    @Inject
    EntityManager em;

    @Inject
    IndicatorProjection projection;

    @Inject
    PlanProgressFacts planProgress;

    @Inject
    KafkaClients kafka;

    @ConfigProperty(name = "mp.messaging.incoming.case-events.topic")
    String caseTopic;

    @ConfigProperty(name = "mp.messaging.incoming.plan-events.topic")
    String planTopic;

    /** What a rebuild read and applied. */
    public record Result(long recordsRead, long eventsApplied, long recordsSkipped) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 1800)
    public Result rebuild() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, IndicatorProjection.REBUILD_LOCK)
                .getSingleResult();
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, PlanProgressFacts.REBUILD_LOCK)
                .getSingleResult();
        for (String table : List.of("case_fact_concern", "case_fact", "case_fact_deadline_missed",
                "child_fact_group", "child_fact", "child_stock", "child_stock_year", "flow_count", "flow_overlap",
                "indicator_count")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        for (String table : PlanProgressFacts.TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        em.createNativeQuery("delete from processed_event where consumer in (?1, ?2)")
                .setParameter(1, IndicatorProjection.CONSUMER).setParameter(2, PlanProgressFacts.CONSUMER)
                .executeUpdate();
        long read = 0;
        long applied = 0;
        long skipped = 0;
        for (String topic : List.of(caseTopic, planTopic)) {
            for (ConsumerRecord<String, byte[]> record : readAll(topic)) {
                read++;
                // Each event behind a savepoint: one whose data a rule cannot use is undone and skipped, while the
                // rest of the rebuild goes on (before, it marked the whole rebuild for rollback: it undid nothing
                // and answered as if it had rebuilt).
                em.flush();
                em.createNativeQuery("savepoint rebuild_event").executeUpdate();
                try {
                    CloudEvent event = CloudEventCodec.deserialize(record.value());
                    applied += projection.applyHere(event) ? 1 : 0;
                    planProgress.applyHere(event);
                    em.flush();
                } catch (IllegalArgumentException unusable) {
                    em.clear();
                    em.createNativeQuery("rollback to savepoint rebuild_event").executeUpdate();
                    skipped++; // what the live consumer sends to the dead-letter topic
                }
            }
        }
        LOG.infof("projection rebuilt: %d records read, %d events applied, %d skipped", read, applied, skipped);
        return new Result(read, applied, skipped);
    }

    /** Every record of {@code topic} from its start to its end at this moment, partition by partition. */
    private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Properties config = kafka.connection();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }
}
