package health.clinicapi.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicFixtures;
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

    /**
     * Publishes an article that shares no related resource with any other: its own author (also its reviewer), tag,
     * listed treatment, and indication of its own treatment and condition (also placed in the body), plus a
     * disclaimer block naming {@code disclaimerKey} (null for none). Lists of such articles show any query made per
     * article in a statement count. It also has the clinic's slug as a tag, and its body mentions underarm sweating,
     * for searches.
     */
    public static Article publishedWithOwnRelations(String clinic, String disclaimerKey) {
        String slug = ClinicFixtures.uniqueSlug("own");
        CatalogFixtures.createIndicationWithParts(slug);
        CatalogFixtures.createTreatment(slug + "-lt");
        List<Block> body = new java.util.ArrayList<>(List.of(new Block.Heading(2, "What it treats"),
                new Block.Paragraph(List.of(new Block.Span("Notes on underarm sweating.", null, null))),
                new Block.IndicationRef(slug + "-i")));
        if (disclaimerKey != null) {
            body.add(new Block.DisclaimerRef(disclaimerKey));
        }
        return published(clinic, new ArticleInput(slug, "en-US", null, "Title of " + slug, null,
                "Excerpt of " + slug, null, body, List.of(slug, clinic), List.of(slug + "-lt"),
                List.of(slug + "-i"), slug + "-r", slug + "-r", LocalDate.of(2025, 1, 15), true, null));
    }

    /**
     * Publishes an article reviewed by {@code reviewer} with {@code count} tags, listed treatments and indications,
     * each indication of its own treatment and condition (their statuses in the US alternate between approved,
     * off-label and investigational) and placed in the body, plus a disclaimer block naming {@code disclaimerKey}
     * (null for none); returns its slug.
     */
    public static String publishedRelatedTo(String clinic, String reviewer, String disclaimerKey, int count) {
        String slug = ClinicFixtures.uniqueSlug("rel");
        List<String> tags = new java.util.ArrayList<>();
        List<String> treatments = new java.util.ArrayList<>();
        List<String> indications = new java.util.ArrayList<>();
        List<Block> body = new java.util.ArrayList<>(List.of(new Block.Heading(2, "What it treats"),
                new Block.Paragraph(List.of(new Block.Span("Several uses.", null, null)))));
        if (disclaimerKey != null) {
            body.add(new Block.DisclaimerRef(disclaimerKey));
        }
        for (int i = 0; i < count; i++) {
            String part = slug + "-" + i;
            CatalogFixtures.createTreatment(part + "-t");
            CatalogFixtures.createCondition(part + "-c");
            var status = switch (i % 3) {
                case 0 -> CatalogFixtures.approved("US", "Botox", 2004);
                case 1 -> CatalogFixtures.status("US", "Botox", RegulatoryStatus.OFF_LABEL);
                default -> CatalogFixtures.status("US", "Botox", RegulatoryStatus.INVESTIGATIONAL);
            };
            CatalogFixtures.createIndication(
                    CatalogFixtures.indication(part + "-i", part + "-t", part + "-c", reviewer, List.of(status)));
            CatalogFixtures.createTreatment(part + "-lt");
            tags.add(part);
            treatments.add(part + "-lt");
            indications.add(part + "-i");
            body.add(new Block.IndicationRef(part + "-i"));
        }
        published(clinic, new ArticleInput(slug, "en-US", null, "Title of " + slug, null, "Excerpt of " + slug, null,
                body, tags, treatments, indications, reviewer, reviewer, LocalDate.of(2025, 1, 15), true, null));
        return slug;
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
