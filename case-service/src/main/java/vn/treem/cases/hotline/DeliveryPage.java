package vn.treem.cases.hotline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HotlineWebhookDeliveryPage", description = "A page of webhook deliveries, newest first; nextCursor is absent on the last page")
public record DeliveryPage(List<DeliveryView> items, String nextCursor) {
}
