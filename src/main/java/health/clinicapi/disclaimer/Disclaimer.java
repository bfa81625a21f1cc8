package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A disclaimer as the API shows it: identity, where it comes from, and the version in effect now. */
@Schema(name = "Disclaimer")
public record Disclaimer(
        @Schema(description = "Immutable identifier.") UUID id,
        @Schema(examples = "off-label-use") String key,
        DisclaimerKind kind,
        @Schema(examples = "en-US") String locale,
        @Schema(description = "NETWORK for a network default, CLINIC for a clinic's override.") DisclaimerSource source,
        @Schema(description = "Number of the newest version written, which may not be in effect yet.") int latestVersionNumber,
        @Schema(description = "The version in effect now; absent when every version takes effect in the future.") DisclaimerVersion current,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every new version; the management ETag is this number in quotes.") long version) {

    static Disclaimer from(DisclaimerEntity d, DisclaimerVersionEntity current) {
        return new Disclaimer(d.id, d.disclaimerKey, d.kind, d.locale, d.source(), d.latestNumber,
                current == null ? null : DisclaimerVersion.from(current), d.createdAt, d.updatedAt, d.version);
    }
}
