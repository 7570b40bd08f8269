package vn.treem.cases.hotline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a webhook delivery stands. */
@Schema(name = "HotlineWebhookDeliveryState")
public enum DeliveryState {
    /** Waiting for its first attempt or for a retry. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed; kept for the client and administrators to see, and to send again. */
    PARKED,
    /** The webhook was deleted before the delivery succeeded. */
    CANCELLED
}
