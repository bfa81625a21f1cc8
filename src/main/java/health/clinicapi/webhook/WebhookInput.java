package health.clinicapi.webhook;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a subscription; the secret, ids and times are the server's. */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @Schema(description = "Where deliveries are POSTed: https (plain http only for hosts allowed in configuration); "
                + "loopback, link-local and private addresses are refused.", examples = "https://build.harbor-aesthetics.example/hooks/content", required = true) @NotBlank @Size(max = 2000) String url,
        @Schema(description = "Event types to deliver: article.published, article.updated, article.unpublished, "
                + "article.deleted, indication.updated, disclaimer.updated, syndication.changed.", examples = "[\"article.published\", \"article.unpublished\"]", required = true) @NotEmpty @Size(max = 20) Set<@NotBlank @Size(max = 40) String> events,
        @Schema(description = "ACTIVE (default) or DISABLED.") WebhookStatus status,
        @Schema(description = "When set, events arriving within this many seconds of the first one are delivered "
                + "together, once, after the window (e.g. one site rebuild for a burst of edits). 1 to 86400.", examples = "300") @Min(1) @Max(86400) Integer debounceSeconds,
        @Schema(examples = "Rebuild the Harbor static site") @Size(max = 500) String description) {
}
