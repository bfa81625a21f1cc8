package health.clinicapi.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription just created or whose secret was just rotated: the only responses that contain the secret. */
@Schema(name = "WebhookWithSecret")
public record WebhookWithSecret(
        Webhook webhook,
        @Schema(description = "The signing secret, shown this once; store it now. Verify `Webhook-Signature` with it (see README).", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
}
