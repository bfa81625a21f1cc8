package health.clinicapi.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of deliveries ({@code Page<WebhookDelivery>} on the wire). */
@Schema(name = "WebhookDeliveryPage")
record WebhookDeliveryPage(List<WebhookDelivery> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
