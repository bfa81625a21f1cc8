package health.clinicapi.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an article is in search results. Highlights are HTML-escaped text with the matched words in
 * {@code <mark>…</mark>}: safe to insert as HTML as they are.
 */
@Schema(name = "SearchMatch")
public record SearchMatch(
        @Schema(description = "Relevance; higher is better, comparable within one search only.") double score,
        @Schema(description = "The title with matched words marked.", examples = "Botox for <mark>sweating</mark>") String title,
        @Schema(description = "Up to about 30 words around the first match in the excerpt or body, matched words marked; … where text was cut.", examples = "…treats <mark>excessive</mark> <mark>sweating</mark> of the underarms…") String snippet) {
}
