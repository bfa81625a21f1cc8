package health.clinicapi.security;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create a key; the secret, ids and times are the server's. */
@Schema(name = "ApiKeyInput")
public record ApiKeyInput(
        @Schema(examples = "Harbor site build", required = true) @NotBlank @Size(max = 100) String name,
        @Schema(description = "Slug of the clinic to bind the key to; omit for a network key (network:admin only).", examples = "harbor-aesthetics") @Size(max = 64) String clinic,
        @Schema(required = true) @NotEmpty Set<@NotNull Scope> scopes,
        @Schema(description = "When the key stops working; omit for no expiry.") @Future(message = "must be in the future") Instant expiresAt) {
}
