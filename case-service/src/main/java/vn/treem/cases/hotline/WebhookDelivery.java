package vn.treem.cases.hotline;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.treem.cases.casework.CaseStatus;

/**
 * One status change of a hotline case, to be sent to one webhook (the webhook outbox). Written in the transaction of
 * the change; sent, retried and parked by {@link WebhookDispatcher}.
 */
@Entity
@Table(name = "hotline_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    /** The delivery id, sent in the {@code Treem-Delivery-Id} header: the same for every attempt. */
    @Id
    public UUID id;

    /** Order of writing (a database sequence; not set on a new row until it is read again). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "webhook_id", nullable = false)
    public UUID webhookId;

    @Column(nullable = false, length = 100)
    public String client;

    @Column(name = "intake_id", nullable = false)
    public UUID intakeId;

    /** Number of the status change in the case's history (1 = opened). */
    @Column(nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_status", nullable = false, length = 30)
    public CaseStatus caseStatus;

    /** The JSON body, identical for every attempt. */
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DeliveryState state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "last_response_status")
    public Integer lastResponseStatus;

    /** {@code TIMEOUT}, {@code CONNECTION_FAILED}, {@code HTTP_STATUS}, … — never the receiver's answer itself. */
    @Column(name = "last_error", length = 40)
    public String lastError;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
