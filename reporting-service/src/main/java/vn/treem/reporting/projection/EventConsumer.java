package vn.treem.reporting.projection;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.reporting.progress.PlanProgressFacts;
import vn.treem.reporting.reports.ReportSchedules;

/**
 * Reads the CloudEvents of case-service and plan-service (structured JSON mode) from Kafka, one record at a time per
 * channel, in order, on a worker thread; each record is applied in a transaction of its own
 * ({@link IndicatorProjection#apply}). Throwing nacks the record, and the channel's failure strategy sends it to the
 * dead-letter topic ({@code reporting.dlq}, headers {@code dead-letter-reason}, {@code dead-letter-topic}, ...) and
 * goes on with the next one:
 * <ul>
 * <li>a record that is not a CloudEvent, or whose data a rule cannot use, is given up at once;</li>
 * <li>a failure of the database is retried in place by SmallRye Fault Tolerance with a growing pause (0.5 s doubling up
 * to 8 s, 5 retries; the records behind it wait, so order is kept) before the record is given up too.</li>
 * </ul>
 * Records can be replayed from the dead-letter topic safely: the inbox ignores what was already applied. Logs name
 * records by position and events by id and type only.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    IndicatorProjection projection;

    @Inject
    ReportSchedules reportSchedules;

    @Inject
    PlanProgressFacts planProgress;

    @Incoming("case-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, delayUnit = ChronoUnit.MILLIS, maxDuration = 2, durationUnit = ChronoUnit.MINUTES, abortOn = IllegalArgumentException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 8, maxDelayUnit = ChronoUnit.SECONDS)
    public void caseEvent(ConsumerRecord<String, byte[]> record) {
        consume(record);
    }

    @Incoming("plan-events")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, delayUnit = ChronoUnit.MILLIS, maxDuration = 2, durationUnit = ChronoUnit.MINUTES, abortOn = IllegalArgumentException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 8, maxDelayUnit = ChronoUnit.SECONDS)
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
        try {
            projection.apply(event);
            reportSchedules.apply(event);
            planProgress.apply(event);
        } catch (IllegalArgumentException unusableData) {
            LOG.warnf("event %s of type %s cannot be used and goes to the dead-letter topic", event.getId(),
                    event.getType());
            throw unusableData;
        } catch (RuntimeException failure) {
            LOG.warnf("event %s of type %s could not be applied (will be retried, then dead-lettered): %s",
                    event.getId(), event.getType(), failure.getClass().getName());
            throw failure;
        }
    }
}
