package health.clinicapi.syndication;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A network-level permission to syndicate from one clinic to another. */
@Schema(name = "SyndicationGrant")
public record Grant(UUID id,
        @Schema(description = "Slug of the origin clinic.", examples = "harbor-aesthetics") String origin,
        @Schema(description = "Slug of the target clinic.", examples = "summit-dermatology") String target,
        Instant createdAt,
        @Schema(description = "Send as If-Match (the ETag) to revoke it.") long version) {

    static Grant from(SyndicationGrantEntity e) {
        return new Grant(e.id, e.origin.slug, e.target.slug, e.createdAt, e.version);
    }
}
