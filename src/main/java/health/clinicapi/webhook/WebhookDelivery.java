package health.clinicapi.webhook;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery of the outbox as the API shows it, with its retry state. */
@Schema(name = "WebhookDelivery")
public record WebhookDelivery(
        @Schema(description = "Also the `Webhook-Id` header of every attempt, so receivers can drop duplicates.") UUID id,
        @Schema(description = "The subscription it is for.") UUID webhookId,
        @Schema(description = "Type of the latest event in the delivery.", examples = "article.published") String eventType,
        @Schema(description = "How many events the delivery carries (more than 1 when debounced).") int eventCount,
        DeliveryStatus status,
        @Schema(description = "Attempts made so far.") int attempts,
        Instant createdAt,
        @Schema(description = "When the next attempt is due; absent once delivered or given up.") Instant nextAttemptAt,
        Instant deliveredAt,
        @Schema(description = "HTTP status of the latest attempt, when one came.") Integer lastStatusCode,
        @Schema(description = "Error of the latest attempt, when it failed.") String lastError,
        @Schema(description = "The exact JSON body POSTed to the receiver (see README: Webhooks).") Map<String, Object> payload) {

    static WebhookDelivery from(WebhookDeliveryEntity e, Map<String, Object> payload) {
        return new WebhookDelivery(e.id, e.subscription.id, e.eventType, e.eventCount, e.status, e.attempts,
                e.createdAt, e.nextAttemptAt, e.deliveredAt, e.lastStatusCode, e.lastError, payload);
    }
}
