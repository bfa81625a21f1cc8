package health.clinicapi.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.content.Block;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Small builders for articles; tests pass their own clinics and people with unique slugs. */
public final class ArticleFixtures {

    private ArticleFixtures() {
    }

    public static String path(String clinic) {
        return "/v1/manage/clinics/" + clinic + "/articles";
    }

    public static String path(String clinic, String slug) {
        return path(clinic) + "/" + slug;
    }

    /** A draft with just a title and a paragraph: enough to save, not to publish health content. */
    public static ArticleInput draft(String slug, String title) {
        return new ArticleInput(slug, null, null, title, null, null, null,
                List.of(new Block.Paragraph(List.of(new Block.Span("Some words to read.", null, null)))), null, null,
                null, null, null, null, null, null);
    }

    /** Everything publishing health content needs, reviewed by {@code reviewer} (a medical reviewer's slug). */
    public static ArticleInput publishable(String slug, String reviewer, Block... extra) {
        List<Block> body = new java.util.ArrayList<>(List.of(new Block.Heading(2, "What it treats"),
                new Block.Paragraph(List.of(new Block.Span("Botox relaxes ", null, null),
                        new Block.Span("overactive", Set.of(Block.Mark.BOLD), null),
                        new Block.Span(" muscles.", null, null)))));
        body.addAll(List.of(extra));
        return new ArticleInput(slug, "en-US", null, "Title of " + slug, "A subtitle", "A short excerpt.",
                new HeroImage("https://images.example/" + slug + ".jpg", "A clinician at work", null, null,
                        new HeroImage.FocalPoint(0.5, 0.4)),
                body, List.of("botox"), null, null, reviewer, reviewer, LocalDate.of(2025, 1, 15), true,
                new Seo("SEO title", "SEO description", null, false));
    }

    public static Article create(String clinic, ArticleInput input) {
        return post(clinic, input).statusCode(201).extract().as(Article.class);
    }

    public static ValidatableResponse post(String clinic, Object input) {
        Api.configure();
        return Keys.asAdmin().contentType(ContentType.JSON).body(input).when().post(path(clinic)).then();
    }

    public static Article get(String clinic, String slug) {
        return Keys.asAdmin().when().get(path(clinic, slug)).then().statusCode(200).extract().as(Article.class);
    }

    /** A workflow action by the network admin with the article's current ETag. */
    public static ValidatableResponse action(String clinic, Article article, String action, Object body) {
        RequestSpecification request = Keys.asAdmin().header("If-Match", "\"" + article.version() + "\"")
                .contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post(path(clinic, article.slug()) + "/" + action).then();
    }

    /** Creates the article and publishes it at once; returns it as published. */
    public static Article published(String clinic, ArticleInput input) {
        Article draft = create(clinic, input);
        return action(clinic, draft, "publish", null).statusCode(200).extract().as(Article.class);
    }

    /** Path of a clinic's delivered articles. */
    public static String deliveryPath(String clinic) {
        return "/v1/clinics/" + clinic + "/articles";
    }
}
