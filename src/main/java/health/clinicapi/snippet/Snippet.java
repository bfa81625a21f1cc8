package health.clinicapi.snippet;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One snippet, bounded by one {@code maxLength}. {@code full} is what a tool pastes: {@code text}, then each
 * disclaimer's short text, joined by single spaces; {@code characterCount} is its length in user-perceived characters
 * (graphemes) as the reader sees it, markup and escapes not counted, and never exceeds {@code maxLength}. The link is
 * not part of it: {@code linkLength} says what it adds.
 */
@Schema(name = "Snippet")
public record Snippet(
        @Schema(description = "The bound this snippet was made for.", examples = "160") int maxLength,
        @Schema(description = "The source text, cut at a sentence or else a word boundary when it does not fit, with an ellipsis (counted) when cut; in the requested format.", examples = "Botox relaxes the muscles that cause frown lines. …") String text,
        @Schema(description = "Every disclaimer the rules require for this content on this clinic's site, in display order; never cut.") List<SnippetDisclaimer> disclaimers,
        @Schema(description = "`text` and the disclaimers' short texts joined by single spaces, in the requested format: ready to use.", examples = "Botox relaxes the muscles that cause frown lines. … Results vary. Consult a licensed provider.") String full,
        @Schema(description = "Graphemes in `full` as displayed (HTML entities and markdown escapes count as the one character they show); at most `maxLength`.", examples = "95") int characterCount,
        @Schema(description = "True when the source text was shortened to fit.") boolean truncated,
        @Schema(description = "The page on the clinic's site, with the UTM parameters percent-encoded; not counted in `characterCount`.", examples = "https://harbor-aesthetics.example/learn/botox?utm_source=newsletter&utm_medium=email&utm_campaign=spring%20promo") String link,
        @Schema(description = "Characters in `link`.", examples = "112") int linkLength) {
}
