package health.clinicapi.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.event.EventType;

/** A webhook subscription as the API shows it: never its secret. */
@Schema(name = "Webhook")
public record Webhook(
        @Schema(description = "Immutable identifier.") UUID id,
        @Schema(description = "Slug of the clinic whose events are delivered.", examples = "harbor-aesthetics") String clinic,
        @Schema(examples = "https://build.harbor-aesthetics.example/hooks/content") String url,
        @Schema(examples = "[\"article.published\", \"article.unpublished\"]") List<String> events,
        WebhookStatus status,
        @Schema(description = "Why the subscription was disabled automatically (e.g. the receiver answered 410 Gone).") String disabledReason,
        @Schema(description = "Debounce window in seconds; absent when every event is delivered on its own.") Integer debounceSeconds,
        String description,
        @Schema(description = "Until when the previous secret still signs deliveries after a rotation.") Instant previousSecretExpiresAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; the management ETag is this number in quotes.") long version) {

    static Webhook from(WebhookSubscriptionEntity e, String clinic) {
        List<String> events = e.eventTypes().stream().map(EventType::wireName).toList();
        return new Webhook(e.id, clinic, e.url, events, e.status, e.disabledReason, e.debounceSeconds,
                e.description, e.previousSecretExpiresAt, e.createdAt, e.updatedAt, e.version);
    }
}
