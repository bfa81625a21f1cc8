package health.clinicapi.snippet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A disclaimer that must travel with a snippet: its short text, never shortened. */
@Schema(name = "SnippetDisclaimer")
public record SnippetDisclaimer(
        @Schema(examples = "off-label-use") String key,
        @Schema(description = "Number of the disclaimer version in effect.", examples = "2") int version,
        @Schema(description = "The disclaimer's short text in the snippet's format, whole.", examples = "Some uses described are off-label.") String shortText) {
}
