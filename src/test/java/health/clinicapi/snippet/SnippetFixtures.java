package health.clinicapi.snippet;

import java.time.LocalDate;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.article.ArticleInput;
import health.clinicapi.article.HeroImage;
import health.clinicapi.catalog.IndicationInput;
import health.clinicapi.content.Block;
import health.clinicapi.support.Api;

/** Articles and indications with the texts a snippet test needs, and the snippet request itself. */
final class SnippetFixtures {

    private SnippetFixtures() {
    }

    static String path(String clinic) {
        return "/v1/clinics/" + clinic + "/snippets";
    }

    /** An anonymous request, as a marketing tool makes it. */
    static RequestSpecification request() {
        Api.configure();
        return RestAssured.given();
    }

    /**
     * A published article that is not health content and references no indication, so no disclaimer rule (of this or
     * any other test) applies to it: its snippets are the excerpt alone.
     */
    static String plainArticle(String clinic, String excerpt) {
        return ArticleFixtures.published(clinic, article(excerpt, false, null)).slug();
    }

    /** A published health article reviewed by {@code reviewer}, with these extra blocks (e.g. indication references). */
    static String healthArticle(String clinic, String excerpt, String reviewer, Block... extra) {
        return ArticleFixtures.published(clinic, article(excerpt, true, reviewer, extra)).slug();
    }

    /** A published article like {@link #plainArticle} with one tag. */
    static String taggedArticle(String clinic, String excerpt, String tag) {
        ArticleInput a = article(excerpt, false, null);
        return ArticleFixtures.published(clinic, new ArticleInput(a.slug(), a.locale(), a.translationGroup(),
                a.title(), a.subtitle(), a.excerpt(), a.heroImage(), a.body(), List.of(tag), a.treatments(),
                a.indications(), a.author(), a.medicalReviewer(), a.lastReviewedAt(), a.healthContent(), a.seo()))
                .slug();
    }

    static ArticleInput article(String excerpt, boolean health, String reviewer, Block... extra) {
        List<Block> body = new java.util.ArrayList<>(List.of(new Block.Heading(2, "What it treats"),
                new Block.Paragraph(List.of(new Block.Span("Botox relaxes overactive muscles.", null, null)))));
        body.addAll(List.of(extra));
        return new ArticleInput(null, "en-US", null, "Snippet source", null, excerpt,
                new HeroImage("https://images.example/snippet.jpg", "A clinician at work", null, null, null), body,
                null, null, null, null, reviewer, reviewer == null ? null : LocalDate.of(2025, 1, 15), health, null);
    }

    /** The indication with another summary. */
    static IndicationInput withSummary(IndicationInput in, String summary) {
        return new IndicationInput(in.slug(), in.treatment(), in.condition(), in.regulatoryStatuses(),
                in.evidenceLevel(), in.mechanismOfAction(), in.treatedAreas(), in.onset(), in.duration(),
                in.sessionDetails(), in.insuranceNote(), summary, in.references(), in.lastReviewedAt(), in.reviewer(),
                in.body());
    }
}
