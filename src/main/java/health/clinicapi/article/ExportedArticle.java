package health.clinicapi.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import health.clinicapi.content.Block;
import health.clinicapi.content.BlockText;

/**
 * One article in a clinic export: its state now and every revision, oldest first. Content travels as
 * {@link ArticleInput}, so an import validates it with exactly the rules of a normal write; ids and the clinic are
 * the installation's and stay out.
 */
@Schema(name = "ExportedArticle")
public record ExportedArticle(
        @Schema(description = "The article as it is now.", required = true) @Valid @NotNull State current,

        @Schema(description = "Every revision, oldest first, numbered 1, 2, 3…", required = true) @NotEmpty @Size(max = 10_000) List<@NotNull @Valid Revision> revisions) {

    /** An article's content and workflow state, as it is now or as a revision recorded it. */
    @Schema(name = "ExportedArticleState")
    public record State(
            @Schema(description = "The content as a client writes it; here slug, locale and translationGroup are required.", required = true) @Valid @NotNull ArticleInput content,

            @Schema(required = true) @NotNull ArticleStatus status,

            @Schema(description = "When a SCHEDULED article goes live; only for SCHEDULED.") Instant publishAt,

            @Schema(description = "When a published or scheduled article is archived automatically.") Instant unpublishAt,

            @Schema(description = "When the article last went live; required for PUBLISHED.") Instant publishedAt,

            @Schema(required = true) @NotNull Instant createdAt,

            @Schema(required = true) @NotNull Instant updatedAt,

            @Schema(description = "The version (ETag) it had; an import keeps it.") @PositiveOrZero long version) {

        static State of(Article a) {
            ArticleInput content = new ArticleInput(a.slug(), a.locale(), a.translationGroup(), a.title(),
                    a.subtitle(), a.excerpt(), a.heroImage(), a.body(), a.tags(), a.treatments(), a.indications(),
                    a.author(), a.medicalReviewer(), a.lastReviewedAt(), a.healthContent(), a.seo());
            return new State(content, a.status(), a.publishAt(), a.unpublishAt(), a.publishedAt(), a.createdAt(),
                    a.updatedAt(), a.version());
        }

        /**
         * The article as the API shows it, with this installation's id and clinic: what a revision's snapshot
         * stores. Word count and reading time are computed again, lists sorted as {@link Article#from} sorts them.
         */
        Article toArticle(UUID id, String clinic) {
            ArticleInput c = content;
            List<Block> body = c.body() == null ? List.of() : c.body();
            TreeSet<String> indications = new TreeSet<>(c.indications() == null ? List.of() : c.indications());
            indications.addAll(BlockText.indicationSlugs(body));
            int words = BlockText.wordCount(body);
            return new Article(id, clinic, c.slug(), c.locale(), c.translationGroup(), c.title(), c.subtitle(),
                    c.excerpt(), c.heroImage(), body, sorted(c.tags()), sorted(c.treatments()),
                    List.copyOf(indications), c.author(), c.medicalReviewer(), c.lastReviewedAt(),
                    c.healthContent() == null || c.healthContent(), c.seo(), status, micros(publishAt),
                    micros(unpublishAt), micros(publishedAt), words, BlockText.readingMinutes(words),
                    micros(createdAt), micros(updatedAt), version);
        }

        private static List<String> sorted(List<String> values) {
            return values == null ? List.of() : List.copyOf(new TreeSet<>(values));
        }
    }

    /** One immutable revision: what produced it, who, when, and the article as it was then. */
    @Schema(name = "ExportedArticleRevision")
    public record Revision(
            @Schema(description = "1 for the first save, then one more for each change.", required = true) @Min(1) int number,

            @Schema(required = true) @NotNull RevisionAction action,

            @Schema(description = "Name of the API key that made the change, or `system`; key ids stay in the installation they belong to.", required = true) @NotBlank @Size(max = 200) String actorName,

            @Schema(required = true) @NotNull Instant createdAt,

            @Schema(required = true) @Valid @NotNull State article) {

        static Revision of(ArticleRevision r) {
            return new Revision(r.number(), r.action(), r.actorName(), r.createdAt(), State.of(r.article()));
        }
    }

    /** Times at the microsecond precision both databases store, so what is read back equals what was written. */
    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
