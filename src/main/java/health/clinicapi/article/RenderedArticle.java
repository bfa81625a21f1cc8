package health.clinicapi.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body rendered in the formats asked for with {@code format=}; formats not asked for are absent. */
@Schema(name = "RenderedArticle")
public record RenderedArticle(
        @Schema(description = "A safe HTML fragment: every text escaped, only http/https/mailto/tel links, `rel=\"noopener noreferrer\"` on links off the clinic's site, indication blocks with their status in the clinic's jurisdiction.") String html,
        @Schema(description = "The text without markup, for search snippets, e-mail and SMS.") String plaintext,
        @Schema(description = "CommonMark in which no text can turn into markup.") String markdown) {
}
