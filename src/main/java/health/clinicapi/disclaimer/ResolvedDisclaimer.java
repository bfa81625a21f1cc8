package health.clinicapi.disclaimer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A disclaimer that must accompany a piece of content, in the version and locale that apply. */
@Schema(name = "ResolvedDisclaimer")
public record ResolvedDisclaimer(
        @Schema(examples = "off-label-use") String key,
        DisclaimerKind kind,
        @Schema(description = "Number of the version in effect.", examples = "1") int version,
        String title,
        @Schema(description = "The full notice, plain text.") String text,
        @Schema(description = "At most 200 characters, for snippets.") String shortText,
        @Schema(description = "The locale of the text, after fallback.", examples = "en-US") String locale,
        @Schema(description = "CLINIC when the clinic's override is used, NETWORK for the network default.") DisclaimerSource source) {

    static ResolvedDisclaimer of(DisclaimerEntity d, DisclaimerVersionEntity v) {
        return new ResolvedDisclaimer(d.disclaimerKey, d.kind, v.versionNumber, v.title, v.body, v.shortText, d.locale,
                d.source());
    }
}
