package health.clinicapi.article;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.common.validation.Patterns;
import health.clinicapi.content.Block;
import health.clinicapi.content.PlainText;

/**
 * What a client sends to create or replace an article. Status, publish times, ids, timestamps and versions are the
 * server's (an unknown property is a 400); the workflow actions change the status. A draft may be incomplete: what
 * publishing needs is checked when publishing.
 */
@Schema(name = "ArticleInput")
public record ArticleInput(
        @Schema(description = "Generated from the title when absent (accents folded, words joined by hyphens, -2, -3… when taken); unique per clinic and locale.", examples = "what-botox-treats") @Size(max = 80) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,

        @Schema(description = "One of the clinic's locales; defaults to its default locale.", examples = "en-US") @Size(max = 35) String locale,

        @Schema(description = "Articles of one group in other locales are translations of each other; a new group when absent.") UUID translationGroup,

        @Schema(examples = "What Botox treats beyond wrinkles") @Size(max = 300) @PlainText String title,

        @Size(max = 300) @PlainText String subtitle,

        @Schema(description = "A short summary for lists and previews; required to publish.") @Size(max = 1000) @PlainText String excerpt,

        @Valid HeroImage heroImage,

        @Schema(description = "The article's body as structured blocks; at least one to publish.") @Size(max = 500) List<@NotNull @Valid Block> body,

        @Schema(examples = "[\"botox\", \"migraine\"]") @Size(max = 20) List<@NotNull @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String> tags,

        @Schema(description = "Slugs of the treatments the article is about.") @Size(max = 20) List<@NotNull @Size(max = 64) String> treatments,

        @Schema(description = "Slugs of indications the article is about; indication blocks of the body are added to them.") @Size(max = 50) List<@NotNull @Size(max = 64) String> indications,

        @Schema(description = "Slug of the person who wrote it.", examples = "jordan-reyes") @Size(max = 64) String author,

        @Schema(description = "Slug of a person who is a medical reviewer; required to publish health content.", examples = "avery-lindqvist") @Size(max = 64) String medicalReviewer,

        @Schema(description = "When the medical reviewer last checked it; required to publish health content, not in the future.", examples = "2025-06-02") LocalDate lastReviewedAt,

        @Schema(description = "Health content needs medical review to publish and carries medical disclaimers; defaults to true.") Boolean healthContent,

        @Valid Seo seo) {
}
