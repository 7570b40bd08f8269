package vn.treem.reporting.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import vn.treem.platform.events.CloudEventCodec;

/**
 * Reads the CloudEvents of case-service and plan-service (structured JSON mode) from Kafka, in batches — the records
 * one poll returns, up to {@code max.poll.records} — per channel, in order, on a worker thread (issue #9, "Event
 * freshness"):
 * <ol>
 * <li>a record that is not a CloudEvent is nacked at once: the channel's failure strategy sends it to the dead-letter
 * topic ({@code reporting.dlq}, headers {@code dead-letter-reason}, {@code dead-letter-topic}, ...);</li>
 * <li>the other records are applied together, in their order, in one transaction ({@link EventApplier#applyBatch}):
 * every consumer's inbox ({@code processed_event}) and state change with it, so a redelivered batch, or a duplicate
 * inside it, changes nothing;</li>
 * <li>if an event fails in that transaction, it is rolled back; the events before the failing one are applied together
 * again, the failing one alone as before batching ({@link EventApplier#applyOne}), then the rest together. Alone, data
 * a rule cannot use is given up at once, a failure of the database is retried in place with a growing pause (0.5 s
 * doubling up to 8 s, 5 retries; the records behind it wait, so order is kept), and a record given up is nacked to the
 * dead-letter topic while the rest go on. A batch that fails otherwise (at commit) is applied one by one.</li>
 * </ol>
 * The batch is acknowledged — its offsets become committable — only after its records are applied and committed.
 * Records can be replayed from the dead-letter topic safely: the inbox ignores what was already applied. Logs name
 * records by position and events by id and type only.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    EventApplier applier;

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> caseEvents(KafkaRecordBatch<String, byte[]> batch) {
        return consume(batch);
    }

    @Incoming("plan-events")
    @Blocking
    public CompletionStage<Void> planEvents(KafkaRecordBatch<String, byte[]> batch) {
        return consume(batch);
    }

    private CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<KafkaRecord<String, byte[]>> records = new ArrayList<>();
        List<CloudEvent> events = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
            try {
                events.add(CloudEventCodec.deserialize(record.getPayload()));
                records.add(record);
            } catch (IllegalArgumentException notACloudEvent) {
                LOG.warnf("record %s is not a CloudEvent and goes to the dead-letter topic", position(record));
                deadLetter(record, notACloudEvent);
            }
        }
        if (events.isEmpty()) {
            return batch.ack();
        }
        int from = 0;
        while (from < events.size()) {
            try {
                applier.applyBatch(events.subList(from, events.size()));
                break;
            } catch (EventApplier.BatchFailure failure) {
                // The events before the failing one are applied together again, the failing one alone.
                int failing = from + failure.index();
                LOG.warnf("event %s of type %s failed in a batch (%s); applying it alone", events.get(failing).getId(),
                        events.get(failing).getType(), failure.getCause().getClass().getName());
                if (failing > from) {
                    applyTogetherOrOneByOne(records.subList(from, failing), events.subList(from, failing));
                }
                applyOne(records.get(failing), events.get(failing));
                from = failing + 1;
            } catch (RuntimeException failure) {
                LOG.warnf("a batch of %d events could not be committed (%s); applying them one by one",
                        events.size() - from, failure.getClass().getName());
                applyOneByOne(records.subList(from, records.size()), events.subList(from, events.size()));
                break;
            }
        }
        return batch.ack();
    }

    private void applyTogetherOrOneByOne(List<KafkaRecord<String, byte[]>> records, List<CloudEvent> events) {
        try {
            applier.applyBatch(events);
        } catch (RuntimeException failure) {
            LOG.warnf("a batch of %d events could not be applied together (%s); applying them one by one",
                    events.size(), failure.getClass().getName());
            applyOneByOne(records, events);
        }
    }

    private void applyOneByOne(List<KafkaRecord<String, byte[]>> records, List<CloudEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            applyOne(records.get(i), events.get(i));
        }
    }

    private void applyOne(KafkaRecord<String, byte[]> record, CloudEvent event) {
        try {
            applier.applyOne(event);
        } catch (IllegalArgumentException unusableData) {
            LOG.warnf("event %s of type %s cannot be used and goes to the dead-letter topic", event.getId(),
                    event.getType());
            deadLetter(record, unusableData);
        } catch (RuntimeException failure) {
            LOG.warnf(
                    "event %s of type %s could not be applied after its retries and goes to the dead-letter topic: %s",
                    event.getId(), event.getType(), failure.getClass().getName());
            deadLetter(record, failure);
        }
    }

    /** Where {@code record} came from, for logs: topic, partition and offset, never its content. */
    private static String position(KafkaRecord<String, byte[]> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset())
                .orElse(record.getTopic() + "-" + record.getPartition());
    }

    /** Nacks {@code record}: the failure strategy writes it to the dead-letter topic; waits until it is written. */
    private static void deadLetter(KafkaRecord<String, byte[]> record, Throwable reason) {
        record.nack(reason).toCompletableFuture().join();
    }

}
