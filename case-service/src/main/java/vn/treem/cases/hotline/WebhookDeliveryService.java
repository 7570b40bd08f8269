package vn.treem.cases.hotline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Parameters;
import vn.treem.cases.intake.Intake;
import vn.treem.platform.paging.Cursors;
import vn.treem.platform.problem.FieldViolation;
import vn.treem.platform.problem.ProblemException;
import vn.treem.platform.problem.ProblemType;

/**
 * Webhook deliveries as the hotline client (its own) and national administrators (all) see them, and sending a parked
 * delivery again.
 */
@ApplicationScoped
public class WebhookDeliveryService {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryService.class);

    @Inject
    HotlineClients clients;

    @Inject
    WebhookDispatcher dispatcher;

    @Transactional
    public DeliveryPage list(String stateFilter, String webhookFilter, String intakeFilter, Integer limit,
            String cursor) {
        List<FieldViolation> violations = new ArrayList<>();
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "OUT_OF_RANGE", 1, MAX_LIMIT));
        }
        DeliveryState state = null;
        if (stateFilter != null) {
            try {
                state = DeliveryState.valueOf(stateFilter);
            } catch (IllegalArgumentException unknown) {
                violations.add(new FieldViolation("state", "UNKNOWN_VALUE",
                        Arrays.stream(DeliveryState.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        UUID webhookId = uuid(webhookFilter, "webhookId", violations);
        UUID intakeId = uuid(intakeFilter, "intakeId", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Optional<String> client = clients.visibleClient();
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        client.ifPresent(c -> {
            where.add("client = :client");
            parameters.and("client", c);
        });
        if (state != null) {
            where.add("state = :state");
            parameters.and("state", state);
        }
        if (webhookId != null) {
            where.add("webhookId = :webhook");
            parameters.and("webhook", webhookId);
        }
        if (intakeId != null) {
            where.add("intakeId = :intake");
            parameters.and("intake", intakeId);
        }
        if (cursor != null) {
            where.add("seq < :after");
            parameters.and("after", seqOf(cursor));
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by seq desc";
        List<WebhookDelivery> found = WebhookDelivery.<WebhookDelivery>find(query, parameters).page(0, size + 1)
                .list();
        boolean more = found.size() > size;
        List<WebhookDelivery> page = more ? found.subList(0, size) : found;
        Map<UUID, String> references = references(page);
        List<DeliveryView> items = page.stream().map(d -> DeliveryView.of(d, references.get(d.intakeId))).toList();
        return new DeliveryPage(items, more ? Cursors.encode(String.valueOf(page.get(size - 1).seq)) : null);
    }

    /** Sends a parked delivery again, from its first attempt; 409 unless it is parked. */
    @Transactional
    public DeliveryView redeliver(UUID id) {
        WebhookDelivery delivery = WebhookDelivery.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !clients.sees(delivery.client)) {
            throw ProblemException.of(ProblemType.NOT_FOUND);
        }
        if (delivery.state != DeliveryState.PARKED) {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.DELIVERY_NOT_PARKED", delivery.state.name());
        }
        HotlineWebhook webhook = HotlineWebhook.findById(delivery.webhookId);
        if (webhook.deletedAt != null) {
            throw ProblemException.of(ProblemType.CONFLICT, "detail.WEBHOOK_DELETED");
        }
        delivery.state = DeliveryState.PENDING;
        delivery.attempts = 0;
        delivery.parkedAt = null;
        delivery.nextAttemptAt = OffsetDateTime.now();
        LOG.infof("webhook delivery %s queued again", delivery.id);
        Intake intake = Intake.findById(delivery.intakeId);
        dispatcher.wakeUpAfterCommit();
        return DeliveryView.of(delivery, intake.hotlineReference);
    }

    private static UUID uuid(String value, String field, List<FieldViolation> violations) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException garbled) {
            violations.add(new FieldViolation(field, "INVALID_FORMAT", "UUID"));
            return null;
        }
    }

    private static long seqOf(String cursor) {
        try {
            return Long.parseLong(Cursors.decode(cursor, 1).get(0));
        } catch (NumberFormatException garbled) {
            throw ProblemException.invalid(new FieldViolation("cursor", "INVALID_VALUE"));
        }
    }

    private static Map<UUID, String> references(List<WebhookDelivery> page) {
        List<UUID> ids = page.stream().map(d -> d.intakeId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Intake.<Intake>list("id in ?1", ids).stream().filter(i -> i.hotlineReference != null)
                .collect(Collectors.toMap(i -> i.id, i -> i.hotlineReference, (a, b) -> a));
    }
}
