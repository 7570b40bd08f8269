package vn.treem.reporting.projection;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.treem.platform.events.CloudEventCodec;
import vn.treem.platform.problem.SafeLog;

/**
 * Reads the CloudEvents of case-service and plan-service (structured JSON mode) from Kafka, one record at a time per
 * channel, in order. A record that is not a CloudEvent, or whose data cannot be used, fails at once and goes to the
 * dead-letter topic ({@code reporting.dlq}); a database failure is retried with a growing pause before the record is
 * given up to that topic too, from where it can be replayed safely (the inbox ignores what was already applied). Logs
 * name events by id and type only.
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
    public void caseEvent(byte[] record) {
        consume(record);
    }

    @Incoming("plan-events")
    @Blocking
    public void planEvent(byte[] record) {
        consume(record);
    }

    private void consume(byte[] record) {
        CloudEvent event = CloudEventCodec.deserialize(record);
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

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an event", e);
        }
    }
}
