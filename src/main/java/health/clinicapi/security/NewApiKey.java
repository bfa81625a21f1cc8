package health.clinicapi.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key just created: the only response that ever contains its secret. */
@Schema(name = "NewApiKey")
public record NewApiKey(
        ApiKey key,
        @Schema(description = "The whole key, shown this once; store it now. Send it as `Authorization: Bearer <secret>`.") String secret) {
}
