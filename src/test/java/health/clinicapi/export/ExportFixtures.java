package health.clinicapi.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.article.Article;
import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.article.ArticleInput;
import health.clinicapi.article.HeroImage;
import health.clinicapi.article.PublishInput;
import health.clinicapi.article.Seo;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.content.Block;
import health.clinicapi.content.Block.Span;
import health.clinicapi.disclaimer.Disclaimer;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.DisclaimerVersionInput;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** A clinic with content of every kind, and the calls that export and import it. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static String exportPath(String clinic) {
        return "/v1/manage/clinics/" + clinic + "/export";
    }

    static String importPath(String clinic) {
        return "/v1/manage/clinics/" + clinic + "/import";
    }

    /** The clinic's export as the network admin gets it. */
    static ObjectNode exportOf(String clinic) {
        return read(Keys.asAdmin().when().get(exportPath(clinic)).then().statusCode(200).extract().asString());
    }

    static ValidatableResponse importInto(String clinic, JsonNode document) {
        return importAs(Keys.asAdmin(), clinic, document);
    }

    static ValidatableResponse importAs(RequestSpecification request, String clinic, JsonNode document) {
        return request.contentType(ContentType.JSON).body(document.toString()).when().post(importPath(clinic)).then()
                .log().ifValidationFails();
    }

    static ObjectNode read(String json) {
        try {
            return (ObjectNode) Api.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The network content a populated clinic refers to: a treatment, an indication, an author and a reviewer. */
    record Network(String treatment, String indication, String author, String reviewer) {

        static Network create() {
            String tag = ClinicFixtures.uniqueSlug("exp");
            CatalogFixtures.createIndicationWithParts(tag);
            CatalogFixtures.createPerson(tag + "-a", false);
            return new Network(tag + "-t", tag + "-i", tag + "-a", tag + "-r");
        }
    }

    /** What {@link #populate} made: the clinic and the keys of its two disclaimers. */
    record Populated(String clinic, String disclaimerKey, String spanishDisclaimerKey) {
    }

    /**
     * A clinic (locales en-US and es-US) with five articles, one in each status and both locales, every block type,
     * tags and references, and two disclaimers of its own, one with three versions (the last not yet in effect).
     */
    static Populated populate(Network network) {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("exp-src")).slug();
        String key = DisclaimerFixtures.uniqueKey("exp");
        String spanishKey = DisclaimerFixtures.uniqueKey("exp-es");

        Disclaimer disclaimer = DisclaimerFixtures.create(clinic,
                DisclaimerFixtures.input(key, "en-US", "First words", Instant.parse("2025-01-01T00:00:00Z")));
        String versions = DisclaimerFixtures.clinicPath(clinic) + "/" + disclaimer.id() + "/versions";
        String etag = addVersion(versions, "\"" + disclaimer.version() + "\"",
                new DisclaimerVersionInput("Second words", "Revised text.", "Revised.",
                        Instant.parse("2025-06-01T08:30:00.123456Z")));
        addVersion(versions, etag, new DisclaimerVersionInput("Third words", "Future text.", "Future.",
                Instant.now().plus(365, ChronoUnit.DAYS)));
        DisclaimerFixtures.create(clinic, DisclaimerFixtures.input(spanishKey, "es-US"));

        Article full = ArticleFixtures.create(clinic, full("what-botox-treats", "en-US", null, network, key));
        full = ok(ArticleFixtures.action(clinic, full, "submit", null));
        full = ok(ArticleFixtures.action(clinic, full, "publish", null));
        full = ok(Keys.asAdmin().header("If-Match", "\"" + full.version() + "\"").contentType(ContentType.JSON)
                .body(full("what-botox-treats", "en-US", null, network, key)).when()
                .put(ArticleFixtures.path(clinic, full.slug())).then());

        Article spanish = ArticleFixtures.create(clinic,
                full("what-botox-treats", "es-US", full.translationGroup(), network, spanishKey));
        ok(Keys.asAdmin().header("If-Match", "\"" + spanish.version() + "\"").contentType(ContentType.JSON)
                .when().post(ArticleFixtures.path(clinic, spanish.slug()) + "/submit?locale=es-US").then());

        Article scheduled = ArticleFixtures.create(clinic, ArticleFixtures.publishable("coming-soon",
                network.reviewer()));
        Instant now = Instant.now();
        ok(ArticleFixtures.action(clinic, scheduled, "publish",
                new PublishInput(now.plus(30, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS))));

        Article archived = ArticleFixtures.create(clinic, ArticleFixtures.publishable("old-news", network.reviewer()));
        archived = ok(ArticleFixtures.action(clinic, archived, "publish", null));
        ok(ArticleFixtures.action(clinic, archived, "unpublish", null));

        ArticleFixtures.create(clinic, ArticleFixtures.draft("just-a-draft", "Just a draft"));
        return new Populated(clinic, key, spanishKey);
    }

    /** An article with every block type, hero image, SEO fields, tags and every kind of reference. */
    static ArticleInput full(String slug, String locale, java.util.UUID group, Network network, String disclaimerKey) {
        List<Block> body = List.of(new Block.Heading(2, "What it treats"),
                new Block.Paragraph(List.of(new Span("Botox relaxes ", null, null),
                        new Span("overactive", Set.of(Block.Mark.BOLD, Block.Mark.ITALIC), null),
                        new Span(" muscles; read the ", null, null),
                        new Span("label", null, new Block.Link(CatalogFixtures.LABEL, "Prescribing information")))),
                new Block.BulletList(true, List.of(
                        new Block.ListItem(List.of(new Span("Forehead lines", null, null)),
                                new Block.BulletList(false, List.of(new Block.ListItem(
                                        List.of(new Span("Frown lines", null, null)), null)))),
                        new Block.ListItem(List.of(new Span("Crow's feet", null, null)), null))),
                new Block.Quote(List.of(new Span("It changed my mornings.", null, null)), "A patient"),
                new Block.Image("https://images.example/injection.jpg", "A clinician injecting a forehead",
                        "It takes minutes", "Clinic photo"),
                new Block.Callout(Block.Tone.WARNING, "Before you book",
                        List.of(new Span("Tell us about any medicines you take.", null, null))),
                new Block.IndicationRef(network.indication()), new Block.DisclaimerRef(disclaimerKey),
                new Block.CallToAction("Book a consultation", "https://clinic.example/book", "Free, 20 minutes"));
        return new ArticleInput(slug, locale, group, "What Botox treats", "Beyond wrinkles", "A short excerpt.",
                new HeroImage("https://images.example/hero.jpg", "A calm treatment room", "Our room", "Studio",
                        new HeroImage.FocalPoint(0.5, 0.25)),
                body, List.of("botox", "forehead"), List.of(network.treatment()), List.of(), network.author(),
                network.reviewer(), LocalDate.of(2025, 3, 14), true,
                new Seo("Botox uses", "What Botox treats.", "https://origin.example/botox", true));
    }

    private static String addVersion(String path, String ifMatch, DisclaimerVersionInput input) {
        return Keys.asAdmin().header("If-Match", ifMatch).contentType(ContentType.JSON).body(input).when()
                .post(path).then().statusCode(201).extract().header("ETag");
    }

    private static Article ok(ValidatableResponse response) {
        return response.statusCode(200).extract().as(Article.class);
    }
}
