package health.clinicapi.disclaimer;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One immutable version of a disclaimer's content, as the API shows it. */
@Schema(name = "DisclaimerVersion")
public record DisclaimerVersion(
        @Schema(description = "1 for the first version, then counting up.", examples = "2") int number,
        String title,
        @Schema(description = "The full notice, plain text.") String text,
        @Schema(description = "At most 200 characters, for snippets.") String shortText,
        @Schema(description = "From when this version is the one in effect (until a later one takes effect).") Instant effectiveFrom,
        Instant createdAt) {

    static DisclaimerVersion from(DisclaimerVersionEntity v) {
        return new DisclaimerVersion(v.versionNumber, v.title, v.body, v.shortText, v.effectiveFrom, v.createdAt);
    }
}
