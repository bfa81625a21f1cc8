package health.clinicapi.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of subscriptions ({@code Page<Webhook>} on the wire). */
@Schema(name = "WebhookPage")
record WebhookPage(List<Webhook> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
