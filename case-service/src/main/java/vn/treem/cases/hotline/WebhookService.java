package vn.treem.cases.hotline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * Webhooks of Hotline 111 clients: registered, listed and deleted by the client itself; listed by national
 * administrators. The secret is kept for signing only: it is never returned and never logged.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);

    @Inject
    HotlineClients clients;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public WebhookView register(WebhookRequest request) {
        String client = clients.self();
        Optional<String> urlProblem = WebhookUrls.problem(request.url(), config.allowHttp());
        if (urlProblem.isPresent()) {
            throw ProblemException.invalid(new FieldViolation("url", urlProblem.get()));
        }
        // One client registers one webhook at a time, so that the limit holds under concurrent requests.
        HotlineWebhook.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, "hotline-webhooks " + client).getSingleResult();
        if (HotlineWebhook.activeOf(client).size() >= config.maxPerClient()) {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.WEBHOOK_LIMIT", config.maxPerClient());
        }
        HotlineWebhook webhook = new HotlineWebhook();
        webhook.id = UUID.randomUUID();
        webhook.client = client;
        webhook.url = request.url();
        webhook.storedSecret = secrets.seal(request.secret());
        webhook.createdAt = OffsetDateTime.now();
        webhook.persist();
        HotlineWebhook.flush();
        LOG.infof("webhook %s registered by hotline client %s", webhook.id, client);
        return WebhookView.of(webhook);
    }

    @Transactional
    public List<WebhookView> list() {
        Optional<String> client = clients.visibleClient();
        List<HotlineWebhook> found = client.isPresent()
                ? HotlineWebhook.activeOf(client.get())
                : HotlineWebhook.list("deletedAt is null", Sort.by("client").and("createdAt").and("id"));
        return found.stream().map(WebhookView::of).toList();
    }

    @Transactional
    public WebhookView get(UUID id) {
        return WebhookView.of(visible(id, false));
    }

    /** Deletes a webhook; its deliveries not yet made are cancelled. */
    @Transactional
    public void delete(UUID id) {
        String client = clients.self();
        HotlineWebhook webhook = visible(id, true);
        if (!webhook.client.equals(client)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        webhook.deletedAt = OffsetDateTime.now();
        int cancelled = WebhookDelivery.update("state = ?1 where webhookId = ?2 and state = ?3",
                DeliveryState.CANCELLED, webhook.id, DeliveryState.PENDING);
        LOG.infof("webhook %s deleted by hotline client %s; %d pending deliveries cancelled", webhook.id, client,
                cancelled);
    }

    /** A webhook not deleted that the caller may see; 404 otherwise, as if it did not exist. */
    private HotlineWebhook visible(UUID id, boolean forUpdate) {
        HotlineWebhook webhook = forUpdate
                ? HotlineWebhook.findById(id, LockModeType.PESSIMISTIC_WRITE)
                : HotlineWebhook.findById(id);
        if (webhook == null || webhook.deletedAt != null || !clients.sees(webhook.client)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        return webhook;
    }
}
