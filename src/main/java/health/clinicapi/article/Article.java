package health.clinicapi.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.content.Block;

/** An article as the management API shows it (and as every revision snapshots it). */
@Schema(name = "Article")
public record Article(
        @Schema(description = "Immutable identifier.") UUID id,
        @Schema(description = "Slug of the owning clinic.", examples = "harbor-aesthetics") String clinic,
        @Schema(examples = "what-botox-treats") String slug,
        @Schema(examples = "en-US") String locale,
        UUID translationGroup,
        String title,
        String subtitle,
        String excerpt,
        HeroImage heroImage,
        List<Block> body,
        List<String> tags,
        @Schema(description = "Slugs of the referenced treatments.") List<String> treatments,
        @Schema(description = "Slugs of the referenced indications: those listed plus those embedded as blocks.") List<String> indications,
        @Schema(description = "Slug of the author.") String author,
        @Schema(description = "Slug of the medical reviewer.") String medicalReviewer,
        LocalDate lastReviewedAt,
        boolean healthContent,
        Seo seo,
        @Schema(description = "Changed only by the workflow actions and the scheduler.") ArticleStatus status,
        @Schema(description = "When a SCHEDULED article goes live.") Instant publishAt,
        @Schema(description = "When a published article is archived automatically.") Instant unpublishAt,
        @Schema(description = "When the article last went live.") Instant publishedAt,
        @Schema(description = "Words of the body's visible text.") int wordCount,
        @Schema(description = "Whole minutes to read the body at 200 words a minute.") int readingMinutes,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; the management ETag is this number in quotes.") long version) {

    public static Article from(ArticleEntity e) {
        return new Article(e.id, e.clinic.slug, e.slug, e.locale, e.translationGroup, e.title, e.subtitle, e.excerpt,
                e.heroImage, e.body, e.tags.stream().sorted().toList(),
                e.treatments.stream().map(t -> t.slug).sorted().toList(),
                e.indications.stream().map(i -> i.slug).sorted().toList(),
                e.author == null ? null : e.author.slug, e.medicalReviewer == null ? null : e.medicalReviewer.slug,
                e.lastReviewedAt, e.healthContent, e.seo, e.status, e.publishAt, e.unpublishAt, e.publishedAt,
                e.wordCount, e.readingMinutes, e.createdAt, e.updatedAt, e.version);
    }
}
