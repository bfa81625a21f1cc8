package health.clinicapi.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.node.ObjectNode;

import health.clinicapi.content.Block;
import health.clinicapi.disclaimer.ResolvedDisclaimer;

/**
 * An article as a clinic's site renders it: the content, what it references, the disclaimers the rules require on
 * that site, and optionally rendered formats, JSON-LD and embedded related resources. Preview returns the same shape
 * for drafts. With {@code fields=} only the named properties are present.
 */
@Schema(name = "DeliveredArticle")
public record DeliveredArticle(
        @Schema(examples = "what-botox-treats") String slug,
        @Schema(description = "The locale served, after the fallback chain; also in Content-Language.", examples = "en-US") String locale,
        @Schema(description = "Slug of the clinic whose site shows the article.", examples = "harbor-aesthetics") String clinic,
        @Schema(description = "For an article syndicated from another clinic, that clinic's slug (the origin, where `canonicalUrl` points); null for the clinic's own article.", examples = "harbor-aesthetics") String origin,
        @Schema(description = "Shared by the translations of one article.") UUID translationGroup,
        @Schema(description = "Every locale this article is available in on this site (including the one served), for hreflang links.") List<ArticleTranslation> translations,
        String title,
        String subtitle,
        String excerpt,
        HeroImage heroImage,
        List<Block> body,
        List<String> tags,
        @Schema(description = "Slugs of the referenced treatments.") List<String> treatments,
        @Schema(description = "Slugs of the conditions of the referenced indications.") List<String> conditions,
        @Schema(description = "Slugs of the referenced indications, listed or embedded as blocks.") List<String> indications,
        @Schema(description = "Slug of the author; `include=author` embeds the person.") String author,
        @Schema(description = "Slug of the medical reviewer; `include=reviewer` embeds the person.") String medicalReviewer,
        LocalDate lastReviewedAt,
        boolean healthContent,
        Seo seo,
        @Schema(description = "The page's canonical URL: the SEO canonical URL when set, otherwise the base URL and article path of the clinic that owns the article (the origin for a syndicated one, so search engines see no duplicate).", examples = "https://harbor-aesthetics.example/learn/what-botox-treats") String canonicalUrl,
        @Schema(description = "For a syndicated article, the fields this clinic overrides (title, excerpt, slug, heroImage); empty otherwise.") List<String> overridden,
        @Schema(description = "PUBLISHED in delivery; any status in preview.") ArticleStatus status,
        @Schema(description = "When a SCHEDULED article goes live (preview only).") Instant publishAt,
        Instant publishedAt,
        Instant updatedAt,
        int wordCount,
        int readingMinutes,
        @Schema(description = "Disclaimers the rules require for this article on this clinic's site, in display order. Render them all.") List<ResolvedDisclaimer> disclaimers,
        @Schema(description = "The body rendered in the formats named by `format=` (html, plaintext, markdown).") RenderedArticle rendered,
        @Schema(description = "schema.org JSON-LD (a MedicalWebPage about the conditions, mentioning the treatments, approved uses as ApprovedIndication), ready to embed in a script element of type application/ld+json once `<` is escaped as `\\u003c`.", type = SchemaType.OBJECT, implementation = Object.class) ObjectNode jsonLd,
        @Schema(description = "With `q=`: the relevance and the matched words highlighted.") SearchMatch match,
        @Schema(description = "Embedded related resources, with `include=` on a single article (lists put them on the page).") ArticleIncluded included) {

    /**
     * Surrogate keys naming what this article shows: it, its origin clinic when syndicated, its people, catalog items
     * and disclaimers. Every response that carries the article (delivery, feeds, snippets) names them, so a CDN purge
     * or the in-memory delivery cache drops each such response when any of them changes.
     */
    public List<String> surrogateKeys() {
        List<String> keys = new java.util.ArrayList<>();
        keys.add("article:" + translationGroup);
        if (origin != null) {
            keys.add("clinic:" + origin);
        }
        if (author != null) {
            keys.add("person:" + author);
        }
        if (medicalReviewer != null) {
            keys.add("person:" + medicalReviewer);
        }
        indications.forEach(i -> keys.add("indication:" + i));
        treatments.forEach(t -> keys.add("treatment:" + t));
        disclaimers.forEach(d -> keys.add("disclaimer:" + d.key()));
        return keys;
    }

    /** The same article with related resources embedded. */
    DeliveredArticle withIncluded(ArticleIncluded value) {
        return new DeliveredArticle(slug, locale, clinic, origin, translationGroup, translations, title, subtitle,
                excerpt, heroImage, body, tags, treatments, conditions, indications, author, medicalReviewer,
                lastReviewedAt, healthContent, seo, canonicalUrl, overridden, status, publishAt, publishedAt, updatedAt,
                wordCount,
                readingMinutes, disclaimers, rendered, jsonLd, match, value);
    }

    /** The same article with why it matched a search. */
    DeliveredArticle withMatch(SearchMatch value) {
        return new DeliveredArticle(slug, locale, clinic, origin, translationGroup, translations, title, subtitle,
                excerpt, heroImage, body, tags, treatments, conditions, indications, author, medicalReviewer,
                lastReviewedAt, healthContent, seo, canonicalUrl, overridden, status, publishAt, publishedAt, updatedAt,
                wordCount,
                readingMinutes, disclaimers, rendered, jsonLd, value, included);
    }
}
