package health.clinicapi.article;

import java.util.Set;

import health.clinicapi.common.http.SparseFields;
import health.clinicapi.content.render.Format;

/**
 * What of an article a response shows beyond its cheap fields: the formats to render, and whether the body, JSON-LD,
 * disclaimers and translations are wanted at all. A list of cards ({@code fields=slug,title,excerpt}) has delivery
 * build none of them, nor read the body from the database; the surrogate keys then name only what is shown.
 */
public record ArticleShape(Set<Format> formats, boolean body, boolean jsonLd, boolean disclaimers,
        boolean translations) {

    /** Every field, the body rendered in {@code formats} (none: not rendered). */
    public static ArticleShape full(Set<Format> formats) {
        return new ArticleShape(formats, true, true, true, true);
    }

    /** The fields {@code fields} keeps, the body rendered in {@code formats} when {@code rendered} is kept. */
    public static ArticleShape of(Set<Format> formats, SparseFields fields) {
        return new ArticleShape(fields.wants("rendered") ? formats : Set.of(), fields.wants("body"),
                fields.wants("jsonLd"), fields.wants("disclaimers"), fields.wants("translations"));
    }

    /** Whether the article's blocks must be read: to show or render them, or to find the disclaimers they place. */
    boolean needsBlocks(Set<ArticleInclude> includes) {
        return body || !formats.isEmpty() || includes.contains(ArticleInclude.DISCLAIMERS);
    }
}
