package vn.treem.cases.hotline;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import vn.treem.platform.events.AfterCommit;
import vn.treem.platform.retry.Backoff;

/**
 * Sends the webhook outbox (docs/adr/0014). Due deliveries are claimed in a short transaction ({@code SKIP LOCKED}, so
 * several replicas can run): only the oldest pending delivery of an intake to a webhook is due, so each receiver gets
 * the statuses of an intake in order. A claimed delivery is leased (its next attempt moved past the request time limit)
 * while it is in flight; the outcome is written in a second transaction: 2xx → {@code DELIVERED}; anything else or no
 * answer in time → a retry after {@code first-retry × 2^(attempts − 1)} (at most {@code max-retry}), or {@code PARKED}
 * after {@code max-attempts}. A parked delivery no longer holds back the later ones of its intake. At least once: the
 * receiver dedupes on the delivery id.
 */
@ApplicationScoped
public class WebhookDispatcher {

    public static final String DELIVERY_ID_HEADER = "Treem-Delivery-Id";
    public static final String ATTEMPT_HEADER = "Treem-Delivery-Attempt";

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSecrets secrets;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private HttpClient http;

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Gauge.builder("treem.hotline.webhook.parked", this, WebhookDispatcher::parkedCount)
                .description("Webhook deliveries given up after every attempt failed").register(metrics);
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "hotline-webhooks"));
        executor.scheduleWithFixedDelay(this::drain, config.pollInterval().toMillis(),
                config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(config.timeout().toSeconds() + 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks for a run soon, without waiting for the next poll; called after a commit that wrote deliveries. */
    public void wakeUp() {
        if (executor != null && wakeQueued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    wakeQueued.set(false);
                    drain();
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeQueued.set(false);
            }
        }
    }

    /** Wakes the dispatcher once the current transaction has committed (deliveries written in it become visible). */
    public void wakeUpAfterCommit() {
        AfterCommit.run(transactions, this::wakeUp);
    }

    private void drain() {
        try {
            while (dispatchBatch() >= config.batchSize()) {
                // a full batch: there may be more
            }
        } catch (Exception e) {
            LOG.warnf("webhook dispatch failed (will retry): %s", e.getClass().getSimpleName());
        }
    }

    /** Sends one batch of due deliveries in parallel and records the outcomes; returns how many were sent. */
    int dispatchBatch() {
        List<Attempt> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        if (claimed.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Outcome>> sending = claimed.stream().map(this::send).toList();
        List<Outcome> outcomes = sending.stream().map(CompletableFuture::join).toList();
        QuarkusTransaction.requiringNew().run(() -> outcomes.forEach(this::record));
        return claimed.size();
    }

    private List<Attempt> claim() {
        OffsetDateTime now = OffsetDateTime.now();
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select d.id from hotline_delivery d
                where d.state = 'PENDING' and d.next_attempt_at <= ?1
                and not exists (select 1 from hotline_delivery e where e.webhook_id = d.webhook_id
                    and e.intake_id = d.intake_id and e.state = 'PENDING' and e.seq < d.seq)
                order by d.seq limit ?2
                for update of d skip locked""", UUID.class)
                .setParameter(1, now).setParameter(2, config.batchSize()).getResultList();
        List<Attempt> attempts = new ArrayList<>(due.size());
        Duration lease = config.timeout().multipliedBy(2).plusSeconds(30);
        for (UUID id : due) {
            WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
            HotlineWebhook webhook = em.find(HotlineWebhook.class, delivery.webhookId);
            if (webhook.deletedAt != null) {
                delivery.state = DeliveryState.CANCELLED;
                continue;
            }
            delivery.attempts++;
            delivery.lastAttemptAt = now;
            delivery.nextAttemptAt = now.plus(lease);
            attempts.add(new Attempt(delivery.id, webhook.url, secrets.open(webhook.storedSecret),
                    delivery.payload.getBytes(StandardCharsets.UTF_8), delivery.attempts));
        }
        return attempts;
    }

    private CompletableFuture<Outcome> send(Attempt attempt) {
        try {
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Treem-Webhooks/1")
                    .header(DELIVERY_ID_HEADER, attempt.deliveryId().toString())
                    .header(ATTEMPT_HEADER, String.valueOf(attempt.number()))
                    .header(WebhookSignature.HEADER, WebhookSignature.header(attempt.secret(), timestamp,
                            attempt.body()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(attempt.body())).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .orTimeout(config.timeout().toMillis() * 2, TimeUnit.MILLISECONDS)
                    .handle((response, error) -> error == null
                            ? new Outcome(attempt.deliveryId(), response.statusCode(),
                                    response.statusCode() / 100 == 2 ? null : "HTTP_STATUS")
                            : new Outcome(attempt.deliveryId(), null, errorCode(error)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Outcome(attempt.deliveryId(), null, "REQUEST_FAILED"));
        }
    }

    private void record(Outcome outcome) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, outcome.deliveryId());
        if (delivery == null || delivery.state != DeliveryState.PENDING) {
            return; // cancelled while in flight
        }
        OffsetDateTime now = OffsetDateTime.now();
        delivery.lastResponseStatus = outcome.status();
        delivery.lastError = outcome.error();
        if (outcome.error() == null) {
            delivery.state = DeliveryState.DELIVERED;
            delivery.deliveredAt = now;
            count("delivered");
            LOG.infof("webhook delivery %s delivered on attempt %d", delivery.id, delivery.attempts);
        } else if (delivery.attempts >= config.maxAttempts()) {
            delivery.state = DeliveryState.PARKED;
            delivery.parkedAt = now;
            count("parked");
            LOG.warnf("webhook delivery %s parked after %d attempts (last: %s)", delivery.id, delivery.attempts,
                    outcome.describe());
        } else {
            delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
            count("failed");
            LOG.infof("webhook delivery %s attempt %d failed (%s); next at %s", delivery.id, delivery.attempts,
                    outcome.describe(), delivery.nextAttemptAt);
        }
    }

    /** The wait after the {@code attempts}-th failed attempt: doubling from first-retry, at most max-retry. */
    Duration backoff(int attempts) {
        return Backoff.exponential(config.firstRetry(), config.maxRetry(), attempts);
    }

    private void count(String outcome) {
        metrics.counter("treem.hotline.webhook.deliveries", "outcome", outcome).increment();
    }

    private static String errorCode(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return "TIMEOUT";
        }
        if (cause instanceof ConnectException) {
            return "CONNECTION_FAILED";
        }
        if (cause instanceof IOException) {
            return "IO_ERROR";
        }
        return "REQUEST_FAILED";
    }

    private double parkedCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from hotline_delivery where state = 'PARKED'")
                    .getSingleResult()).doubleValue());
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private record Attempt(UUID deliveryId, String url, byte[] secret, byte[] body, int number) {

        @Override
        public String toString() {
            return "Attempt[" + deliveryId + "]";
        }
    }

    private record Outcome(UUID deliveryId, Integer status, String error) {

        String describe() {
            return status == null ? error : error + " " + status;
        }
    }
}
