package vn.treem.cases.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The waits between attempts with the production defaults: 30 s doubling, at most 6 h. */
class WebhookBackoffTest {

    private static WebhookDispatcher dispatcher() {
        WebhookDispatcher dispatcher = new WebhookDispatcher();
        dispatcher.config = new WebhookConfig() {

            public boolean enabled() {
                return true;
            }

            public boolean allowHttp() {
                return false;
            }

            public int maxPerClient() {
                return 10;
            }

            public int maxAttempts() {
                return 12;
            }

            public Duration firstRetry() {
                return Duration.ofSeconds(30);
            }

            public Duration maxRetry() {
                return Duration.ofHours(6);
            }

            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            public int batchSize() {
                return 50;
            }

            public Optional<String> secretKey() {
                return Optional.empty();
            }
        };
        return dispatcher;
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToTheMaximum() {
        WebhookDispatcher dispatcher = dispatcher();

        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(dispatcher.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(dispatcher.backoff(10)).isEqualTo(Duration.ofMinutes(256));
        assertThat(dispatcher.backoff(11)).isEqualTo(Duration.ofHours(6));
        assertThat(dispatcher.backoff(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void twelveAttemptsSpanAboutFourteenAndAHalfHours() {
        WebhookDispatcher dispatcher = dispatcher();
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < 12; failed++) {
            total = total.plus(dispatcher.backoff(failed));
        }

        assertThat(total).isEqualTo(Duration.ofMinutes(871).plusSeconds(30));
    }
}
