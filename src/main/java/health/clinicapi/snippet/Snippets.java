package health.clinicapi.snippet;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Snippets of one article or indication on one clinic's site, one per requested {@code maxLength}, in that order. */
@Schema(name = "Snippets")
public record Snippets(
        @Schema(description = "Slug of the clinic whose site the link points to.", examples = "harbor-aesthetics") String clinic,
        SnippetSourceType sourceType,
        @Schema(description = "Slug of the article or indication.", examples = "what-botox-treats") String source,
        @Schema(description = "The locale of the text and disclaimers, after fallback.", examples = "en-US") String locale,
        SnippetFormat format,
        List<Snippet> items) {
}
