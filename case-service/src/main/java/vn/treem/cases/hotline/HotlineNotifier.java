package vn.treem.cases.hotline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.treem.cases.casework.CaseStatusRecorded;
import vn.treem.cases.casework.CaseTransition;
import vn.treem.cases.casework.TransitionKind;
import vn.treem.cases.intake.Intake;
import vn.treem.platform.adminunits.AdminUnitDirectory;

/**
 * The webhook outbox: when a case opened from a Hotline 111 report is opened or changes status, one delivery per
 * webhook of the client that sent the report is written in the same transaction as the change
 * ({@link CaseStatusRecorded} is fired synchronously there), and the dispatcher is woken after the commit.
 */
@ApplicationScoped
public class HotlineNotifier {

    @Inject
    ObjectMapper json;

    @Inject
    WebhookDispatcher dispatcher;

    void onStatus(@Observes CaseStatusRecorded change) {
        List<Intake> intakes = Intake.fromHotline(change.caseId());
        if (intakes.isEmpty()) {
            return;
        }
        int sequence = (int) CaseTransition.count("caseId = ?1 and kind in ?2", change.caseId(),
                List.of(TransitionKind.OPENED, TransitionKind.STATUS));
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime occurredAt = change.at().atZoneSameInstant(AdminUnitDirectory.BUSINESS_ZONE)
                .toOffsetDateTime();
        int written = 0;
        for (Intake intake : intakes) {
            for (HotlineWebhook webhook : HotlineWebhook.activeOf(intake.hotlineClient)) {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.id = UUID.randomUUID();
                delivery.webhookId = webhook.id;
                delivery.client = webhook.client;
                delivery.intakeId = intake.id;
                delivery.sequence = sequence;
                delivery.caseStatus = change.to();
                delivery.payload = write(new WebhookPayload(delivery.id, WebhookPayload.TYPE, intake.hotlineReference,
                        intake.id, sequence, change.to(), StatusLabel.of(change.to()), change.from(), occurredAt));
                delivery.state = DeliveryState.PENDING;
                delivery.nextAttemptAt = now;
                delivery.createdAt = now;
                delivery.persist();
                written++;
            }
        }
        if (written > 0) {
            dispatcher.wakeUpAfterCommit();
        }
    }

    private String write(WebhookPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload cannot be written", e);
        }
    }
}
