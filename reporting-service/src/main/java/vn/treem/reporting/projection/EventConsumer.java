package vn.treem.reporting.projection;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.problem.SafeLog;

/**
 * Reads the CloudEvents of case-service and plan-service (structured JSON mode) from Kafka, one record at a time per
 * channel, in order, on a worker thread; each record is applied in a transaction of its own
 * ({@link IndicatorProjection#apply}). Throwing nacks the record, and the channel's failure strategy sends it to the
 * dead-letter topic ({@code reporting.dlq}, headers {@code dead-letter-reason}, {@code dead-letter-topic}, ...) and
 * goes on with the next one:
 * <ul>
 * <li>a record that is not a CloudEvent, or whose data a rule cannot use, is given up at once;</li>
 * <li>a failure of the database is retried in place with a growing pause (the records behind it wait, so order is kept)
 * before the record is given up too.</li>
 * </ul>
 * Records can be replayed from the dead-letter topic safely: the inbox ignores what was already applied. Logs name
 * records by position and events by id and type only.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(8);

    @Inject
    IndicatorProjection projection;

    @ConfigProperty(name = "treem.reporting.apply-attempts", defaultValue = "6")
    int attempts;

    @Incoming("case-events")
    @Blocking
    public void caseEvent(ConsumerRecord<String, byte[]> record) {
        consume(record);
    }

    @Incoming("plan-events")
    @Blocking
    public void planEvent(ConsumerRecord<String, byte[]> record) {
        consume(record);
    }

    private void consume(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = CloudEventCodec.deserialize(record.value());
        } catch (IllegalArgumentException notACloudEvent) {
            LOG.warnf("record %s-%d@%d is not a CloudEvent and goes to the dead-letter topic", record.topic(),
                    record.partition(), record.offset());
            throw notACloudEvent;
        }
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1;; attempt++) {
            try {
                projection.apply(event);
                return;
            } catch (IllegalArgumentException unusableData) {
                LOG.warnf("event %s of type %s cannot be used and goes to the dead-letter topic", event.getId(),
                        event.getType());
                throw unusableData;
            } catch (RuntimeException failure) {
                if (attempt >= attempts) {
                    LOG.errorf("event %s of type %s could not be applied after %d attempts: %s", event.getId(),
                            event.getType(), attempt, SafeLog.describe(failure));
                    throw failure;
                }
                LOG.warnf("event %s of type %s could not be applied (attempt %d, retrying): %s", event.getId(),
                        event.getType(), attempt, failure.getClass().getName());
                pause(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Waits before retrying; blocks only this channel's worker, which must not move on before the record is done. */
    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an event", e);
        }
    }
}
