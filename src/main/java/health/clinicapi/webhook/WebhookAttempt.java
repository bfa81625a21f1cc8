package health.clinicapi.webhook;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One logged delivery attempt. */
@Schema(name = "WebhookAttempt")
public record WebhookAttempt(
        @Schema(description = "1 for the first attempt of the delivery.") int number,
        Instant attemptedAt,
        @Schema(description = "How long the attempt took, in milliseconds.") long durationMs,
        @Schema(description = "The receiver's HTTP status; absent when none came (timeout, refused target, connection error).") Integer statusCode,
        @Schema(description = "What went wrong, when something did.") String error,
        AttemptOutcome outcome,
        @Schema(description = "When the next attempt is due, after a RETRY.") Instant nextAttemptAt) {

    static WebhookAttempt from(WebhookAttemptEntity e) {
        return new WebhookAttempt(e.number, e.attemptedAt, e.durationMs, e.statusCode, e.error, e.outcome,
                e.nextAttemptAt);
    }
}
