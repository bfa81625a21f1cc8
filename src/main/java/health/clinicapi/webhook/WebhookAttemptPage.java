package health.clinicapi.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of attempts ({@code Page<WebhookAttempt>} on the wire). */
@Schema(name = "WebhookAttemptPage")
record WebhookAttemptPage(List<WebhookAttempt> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
