package health.clinicapi.article;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.content.PlainText;
import health.clinicapi.content.SafeUrl;

/** What search engines see of an article; absent fields fall back to the article's own. */
@Schema(name = "ArticleSeo")
public record Seo(
        @Schema(description = "Title for search results; defaults to the article title.") @Size(max = 70) @PlainText String title,
        @Schema(description = "Meta description; defaults to the excerpt.") @Size(max = 160) @PlainText String description,
        @Schema(description = "Canonical URL when the article's original lives elsewhere.") @Size(max = 2000) @SafeUrl(web = true) String canonicalUrl,
        @Schema(description = "Ask search engines not to index the page.") boolean noindex) {
}
