package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.action;
import static health.clinicapi.article.ArticleFixtures.create;
import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.article.ArticleFixtures.published;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.content.Block;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.RuleCondition;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** What clinic front ends fetch: published articles, filtered, sorted, paged, trimmed, embedded and cacheable. */
@QuarkusTest
class ArticleDeliveryTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    /** A publishable health article with these tags, indications (listed) and author. */
    private static ArticleInput article(String slug, String locale, UUID group, String title, List<String> tags,
            List<String> indications, String author, String reviewer, Block... extra) {
        List<Block> body = new ArrayList<>(List.of(new Block.Heading(2, "Overview"),
                new Block.Paragraph(List.of(new Block.Span("Plain words about " + title + ".", null, null)))));
        body.addAll(List.of(extra));
        return new ArticleInput(slug, locale, group, title, null, "Excerpt of " + title, null, body, tags, null,
                indications, author, reviewer, LocalDate.of(2025, 3, 1), true, null);
    }

    private static JsonPath list(String clinic, String query) {
        return given().when().get(deliveryPath(clinic) + query).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> slugs(String clinic, String query) {
        return list(clinic, query).getList("items.slug", String.class);
    }

    @Test
    void lists_only_published_articles_newest_first_and_serves_one_by_slug() {
        String tag = uniqueSlug("dl");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        Article first = published(clinic, article("first", "en-US", null, "First", null, null, null, tag + "-r"));
        Article second = published(clinic, article("second", "en-US", null, "Second", null, null, null, tag + "-r"));
        create(clinic, article("draft", "en-US", null, "Draft", null, null, null, tag + "-r"));

        assertThat(slugs(clinic, "")).containsExactly(second.slug(), first.slug());
        given().when().get(deliveryPath(clinic) + "/draft").then().statusCode(404);
        given().when().get(deliveryPath(clinic) + "/first").then().statusCode(200)
                .header("Content-Language", "en-US")
                .body("slug", equalTo("first"))
                .body("status", equalTo("PUBLISHED"))
                .body("canonicalUrl", equalTo("https://" + clinic + ".example/articles/first"))
                .body("translations[0].locale", equalTo("en-US"))
                .body("body[0].type", equalTo("heading"))
                .body("wordCount", notNullValue());
        // A clinic's articles are its own: another clinic does not serve them.
        String other = ClinicFixtures.create(uniqueSlug("dl-other")).slug();
        given().when().get(deliveryPath(other) + "/first").then().statusCode(404);
        assertProblem(given().when().get("/v1/clinics/no-such-clinic-x/articles").then(), ProblemType.NOT_FOUND);
    }

    @Test
    void filters_by_tag_treatment_condition_indication_author_and_publication_time() {
        String tag = uniqueSlug("df");
        String clinic = ClinicFixtures.create(tag).slug();
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        CatalogFixtures.createPerson(tag + "-author", false);
        Article tagged = published(clinic,
                article("tagged", "en-US", null, "Tagged", List.of("neuromodulators"), null, null, tag + "-r"));
        Instant between = Instant.now();
        Article withIndication = published(clinic, article("with-indication", "en-US", null, "With indication",
                null, null, null, tag + "-r", new Block.IndicationRef(indication)));
        Article byAuthor = published(clinic,
                article("by-author", "en-US", null, "By author", null, null, tag + "-author", tag + "-r"));

        assertThat(slugs(clinic, "?tag=neuromodulators")).containsExactly(tagged.slug());
        assertThat(slugs(clinic, "?indication=" + indication)).containsExactly(withIndication.slug());
        // Treatment and condition come through the indication the body embeds.
        assertThat(slugs(clinic, "?treatment=" + tag + "-t")).containsExactly(withIndication.slug());
        assertThat(slugs(clinic, "?condition=" + tag + "-c")).containsExactly(withIndication.slug());
        assertThat(slugs(clinic, "?author=" + tag + "-author")).containsExactly(byAuthor.slug());
        assertThat(slugs(clinic, "?publishedAfter=" + between)).containsExactly(byAuthor.slug(),
                withIndication.slug());
        assertThat(slugs(clinic, "?publishedBefore=" + between)).containsExactly(tagged.slug());
        assertThat(slugs(clinic, "?tag=no-such-tag")).isEmpty();
        given().when().get(deliveryPath(clinic) + "/with-indication").then().statusCode(200)
                .body("indications", equalTo(List.of(indication)))
                .body("treatments", equalTo(List.of(tag + "-t")))
                .body("conditions", equalTo(List.of(tag + "-c")));
    }

    @Test
    void sorts_by_title_and_publication_both_ways() {
        String tag = uniqueSlug("ds");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        published(clinic, article("b", "en-US", null, "Bravo", null, null, null, tag + "-r"));
        published(clinic, article("a", "en-US", null, "Alpha", null, null, null, tag + "-r"));
        published(clinic, article("c", "en-US", null, "Charlie", null, null, null, tag + "-r"));

        assertThat(slugs(clinic, "")).containsExactly("c", "a", "b");
        assertThat(slugs(clinic, "?sort=-publishedAt")).containsExactly("c", "a", "b");
        assertThat(slugs(clinic, "?sort=publishedAt")).containsExactly("b", "a", "c");
        assertThat(slugs(clinic, "?sort=title")).containsExactly("a", "b", "c");
        assertThat(slugs(clinic, "?sort=-title")).containsExactly("c", "b", "a");
        assertThat(slugs(clinic, "?sort=title&limit=2")).containsExactly("a", "b");
        String next = list(clinic, "?sort=title&limit=2").getString("nextCursor");
        assertThat(slugs(clinic, "?sort=title&limit=2&cursor=" + next)).containsExactly("c");
        // A cursor of one order is not accepted by another.
        assertProblem(given().when().get(deliveryPath(clinic) + "?sort=-publishedAt&cursor=" + next).then(),
                ProblemType.INVALID_CURSOR);
        assertProblem(given().when().get(deliveryPath(clinic) + "?sort=views").then(), ProblemType.VALIDATION_FAILED);
    }

    @Test
    void paging_while_articles_are_published_has_no_duplicates_and_no_gaps() {
        String tag = uniqueSlug("dp");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(published(clinic, article("p" + i, "en-US", null, "P" + i, null, null, null, tag + "-r"))
                    .slug());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int round = 0;
        do {
            Response page = given().when()
                    .get(deliveryPath(clinic) + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.slug", String.class));
            cursor = page.jsonPath().getString("nextCursor");
            if (cursor != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"").contains("cursor=" + cursor);
            }
            // Someone publishes while the reader pages.
            published(clinic, article("new" + round, "en-US", null, "New " + round, null, null, null, tag + "-r"));
            round++;
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates();
        java.util.Collections.reverse(before);
        assertThat(seen).containsExactlyElementsOf(before);
    }

    @Test
    void sparse_fieldsets_keep_only_the_named_properties() {
        String tag = uniqueSlug("dfs");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        published(clinic, article("trimmed", "en-US", null, "Trimmed", null, null, null, tag + "-r"));

        Map<String, Object> item = list(clinic, "?fields=slug,title").getMap("items[0]");
        assertThat(item).containsOnlyKeys("slug", "title");
        Map<String, Object> one = given().when().get(deliveryPath(clinic) + "/trimmed?fields=title,disclaimers")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(one).containsOnlyKeys("title", "disclaimers");
        var problem = given().when().get(deliveryPath(clinic) + "?fields=slug,secret").then();
        assertProblem(problem, ProblemType.VALIDATION_FAILED);
        problem.body(containsString("secret"));
    }

    @Test
    void include_embeds_people_treatments_indications_and_placed_disclaimers_once() {
        String tag = uniqueSlug("di");
        String clinic = ClinicFixtures.create(tag).slug();
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        CatalogFixtures.createPerson(tag + "-author", false);
        String placed = DisclaimerFixtures.uniqueKey("di-placed");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(placed, "en-US"));
        published(clinic, article("one", "en-US", null, "One", null, null, tag + "-author", tag + "-r",
                new Block.IndicationRef(indication), new Block.DisclaimerRef(placed)));
        published(clinic, article("two", "en-US", null, "Two", null, List.of(indication), tag + "-author",
                tag + "-r"));

        given().when().get(deliveryPath(clinic) + "/one?include=author,reviewer,treatments,indications,disclaimers")
                .then().statusCode(200)
                .body("author", equalTo(tag + "-author"))
                .body("included.people.slug", equalTo(List.of(tag + "-author", tag + "-r")))
                .body("included.people[0].credentials", notNullValue())
                .body("included.treatments.slug", equalTo(List.of(tag + "-t")))
                .body("included.indications.indication.slug", equalTo(List.of(indication)))
                .body("included.indications[0].approvedHere", equalTo(true))
                .body("included.disclaimers.key", equalTo(List.of(placed)));
        JsonPath page = list(clinic, "?include=author,indications");
        assertThat(page.getList("included.people.slug", String.class)).containsExactly(tag + "-author");
        assertThat(page.getList("included.indications.indication.slug", String.class)).containsExactly(indication);
        assertThat(page.getMap("included")).doesNotContainKeys("treatments", "disclaimers");
        assertThat(page.getMap("items[0]")).doesNotContainKey("included");
        given().when().get(deliveryPath(clinic) + "/one").then().statusCode(200).body("included", nullValue());
        assertProblem(given().when().get(deliveryPath(clinic) + "?include=author,everything").then(),
                ProblemType.VALIDATION_FAILED);
    }

    @Test
    void disclaimers_are_resolved_for_the_clinic_jurisdiction() {
        String tag = uniqueSlug("dj");
        String offLabelKey = DisclaimerFixtures.uniqueKey("dj-off-label");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(offLabelKey, "en-US"));
        DisclaimerFixtures.createRule(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("dj-rule"), offLabelKey,
                RuleCondition.INDICATION_STATUS_NOT_APPROVED, 20, ContentType.ARTICLE));
        // Approved in the US only: off-label in a German clinic.
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        String us = ClinicFixtures.create(tag + "-us").slug();
        ClinicInput german = ClinicFixtures.input(tag + "-de");
        String de = ClinicFixtures.create(new ClinicInput(german.slug(), german.name(), german.baseUrl(),
                german.articlePathTemplate(), german.locales(), german.defaultLocale(), "DE", german.contact(),
                german.variables(), german.allowedOrigins())).slug();
        for (String clinic : List.of(us, de)) {
            published(clinic, article("same", "en-US", null, "Same", null, null, null, tag + "-r",
                    new Block.IndicationRef(indication)));
        }

        List<String> usKeys = given().when().get(deliveryPath(us) + "/same").then().statusCode(200).extract()
                .jsonPath().getList("disclaimers.key", String.class);
        List<String> deKeys = given().when().get(deliveryPath(de) + "/same").then().statusCode(200).extract()
                .jsonPath().getList("disclaimers.key", String.class);
        assertThat(usKeys).doesNotContain(offLabelKey);
        assertThat(deKeys).contains(offLabelKey);
        given().when().get(deliveryPath(de) + "/same").then()
                .body("disclaimers.find { it.key == '" + offLabelKey + "' }.text", notNullValue())
                .body("disclaimers.find { it.key == '" + offLabelKey + "' }.shortText", notNullValue())
                .body("disclaimers.find { it.key == '" + offLabelKey + "' }.version", equalTo(1));
        assertThat(list(de, "").getList("items[0].disclaimers.key", String.class)).contains(offLabelKey);
    }

    @Test
    void renders_the_body_as_safe_html_plain_text_and_markdown_on_request() {
        String tag = uniqueSlug("dfm");
        String clinic = ClinicFixtures.create(tag).slug();
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        String placed = DisclaimerFixtures.uniqueKey("dfm-placed");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(placed, "en-US"));
        published(clinic, article("formats", "en-US", null, "Formats", null, null, null, tag + "-r",
                new Block.Paragraph(List.of(new Block.Span("Doses < 100 units & *more* ", null, null),
                        new Block.Span("label", null, new Block.Link("https://www.fda.gov/label", null)),
                        new Block.Span(" and ", null, null),
                        new Block.Span("booking", null, new Block.Link("https://" + clinic + ".example/book", null)))),
                new Block.IndicationRef(indication), new Block.DisclaimerRef(placed)));

        JsonPath article = given().when().get(deliveryPath(clinic) + "/formats?format=html,plaintext,markdown")
                .then().statusCode(200).extract().jsonPath();
        String html = article.getString("rendered.html");
        assertThat(html).contains("<h2>Overview</h2>").contains("Doses &lt; 100 units &amp; *more*")
                .contains("<a href=\"https://www.fda.gov/label\" rel=\"noopener noreferrer\">label</a>")
                .contains("<a href=\"https://" + clinic + ".example/book\">booking</a>")
                .contains("data-indication=\"" + indication + "\"").contains("data-status=\"APPROVED\"")
                .contains("data-disclaimer=\"" + placed + "\"");
        assertThat(article.getString("rendered.plaintext")).contains("Doses < 100 units & *more*")
                .doesNotContain("<h2>");
        assertThat(article.getString("rendered.markdown")).contains("## Overview").contains("\\*more\\*");
        JsonPath htmlOnly = given().when().get(deliveryPath(clinic) + "?format=html").then().statusCode(200)
                .extract().jsonPath();
        assertThat(htmlOnly.getMap("items[0].rendered")).containsOnlyKeys("html");
        given().when().get(deliveryPath(clinic) + "/formats").then().statusCode(200).body("rendered", nullValue());
        assertProblem(given().when().get(deliveryPath(clinic) + "/formats?format=html,pdf").then(),
                ProblemType.VALIDATION_FAILED);
    }

    @Test
    void json_ld_describes_the_page_with_approved_uses_only_where_approved() {
        String tag = uniqueSlug("dld");
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        String us = ClinicFixtures.create(tag + "-us").slug();
        ClinicInput german = ClinicFixtures.input(tag + "-de");
        String de = ClinicFixtures.create(new ClinicInput(german.slug(), german.name(), german.baseUrl(),
                german.articlePathTemplate(), german.locales(), german.defaultLocale(), "DE", german.contact(),
                german.variables(), german.allowedOrigins())).slug();
        for (String clinic : List.of(us, de)) {
            published(clinic, article("ld", "en-US", null, "Linked data", List.of("botox"), null, null, tag + "-r",
                    new Block.IndicationRef(indication)));
        }

        JsonPath ld = given().when().get(deliveryPath(us) + "/ld").then().statusCode(200).extract().jsonPath()
                .setRootPath("jsonLd");
        assertThat(ld.getString("'@context'")).isEqualTo("https://schema.org");
        assertThat(ld.getString("'@type'")).isEqualTo("MedicalWebPage");
        assertThat(ld.getString("url")).isEqualTo("https://" + us + ".example/articles/ld");
        assertThat(ld.getString("headline")).isEqualTo("Linked data");
        assertThat(ld.getString("about[0].'@type'")).isEqualTo("MedicalCondition");
        assertThat(ld.getString("about[0].name")).isEqualTo("Condition " + tag + "-c");
        assertThat(ld.getString("about[0].code.codeValue")).isEqualTo("L74.510");
        assertThat(ld.getString("mentions[0].'@type'")).isEqualTo("Drug");
        assertThat(ld.getString("mentions[0].indication[0].'@type'")).isEqualTo("ApprovedIndication");
        assertThat(ld.getString("reviewedBy.'@type'")).isEqualTo("Person");
        assertThat(ld.getString("reviewedBy.name")).isEqualTo("Person " + tag + "-r");
        assertThat(ld.getString("lastReviewed")).isEqualTo("2025-03-01");
        assertThat(ld.getString("datePublished")).isNotBlank();
        assertThat(ld.getString("dateModified")).isNotBlank();
        assertThat(ld.getString("publisher.name")).isEqualTo("Clinic " + us);
        // The same use is not approved in Germany: no approval claimed there.
        JsonPath german_ = given().when().get(deliveryPath(de) + "/ld").then().statusCode(200).extract()
                .jsonPath().setRootPath("jsonLd");
        assertThat(german_.getString("mentions[0].indication[0].'@type'")).isEqualTo("MedicalIndication");
    }

    @Test
    void locales_fall_back_from_region_to_language_to_the_clinic_default() {
        String tag = uniqueSlug("dloc");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        UUID group = UUID.randomUUID();
        published(clinic, article("botox-basics", "en-US", group, "Botox basics", null, null, null, tag + "-r"));
        published(clinic,
                article("botox-basico", "es-US", group, "Botox: lo básico", null, null, null, tag + "-r"));
        published(clinic, article("english-only", "en-US", null, "English only", null, null, null, tag + "-r"));

        // es-MX → es (any region: es-US) → en-US.
        given().when().get(deliveryPath(clinic) + "/botox-basics?locale=es-MX").then().statusCode(200)
                .header("Content-Language", "es-US")
                .body("locale", equalTo("es-US"))
                .body("slug", equalTo("botox-basico"))
                .body("translations.locale", equalTo(List.of("en-US", "es-US")));
        given().when().get(deliveryPath(clinic) + "/english-only?locale=es-MX").then().statusCode(200)
                .header("Content-Language", "en-US");
        // Without a locale the slug decides.
        given().when().get(deliveryPath(clinic) + "/botox-basico").then().statusCode(200)
                .body("locale", equalTo("es-US"));
        // Lists show each article once, in the best locale for the reader.
        assertThat(slugs(clinic, "?locale=es-MX")).containsExactly("english-only", "botox-basico");
        assertThat(slugs(clinic, "")).containsExactly("english-only", "botox-basics");
        given().when().get(deliveryPath(clinic) + "?locale=es-MX").then()
                .header("Content-Language", "en-US, es-US");
        assertProblem(given().when().get(deliveryPath(clinic) + "?locale=not a locale").then(),
                ProblemType.VALIDATION_FAILED);
    }

    @Test
    void responses_are_cacheable_with_etags_and_surrogate_keys() {
        String tag = uniqueSlug("dc");
        String clinic = ClinicFixtures.create(tag).slug();
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        Article article = published(clinic, article("cached", "en-US", null, "Cached", null, null, null, tag + "-r",
                new Block.IndicationRef(indication)));

        for (String path : List.of(deliveryPath(clinic) + "/cached", deliveryPath(clinic))) {
            Response first = given().when().get(path);
            first.then().statusCode(200)
                    .header("Cache-Control", containsString("public"))
                    .header("Cache-Control", containsString("stale-while-revalidate="))
                    .header("Cache-Control", containsString("stale-if-error="))
                    .header("Vary", containsString("Accept-Encoding"))
                    .header("Last-Modified", notNullValue())
                    .header("Surrogate-Key", containsString("clinic:" + clinic))
                    .header("Surrogate-Key", containsString("article:" + article.translationGroup()))
                    .header("Surrogate-Key", containsString("indication:" + indication));
            String etag = first.header("ETag");
            assertThat(etag).startsWith("\"");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", etag);
        }
        // A change gives a new ETag: the old one no longer matches.
        String etag = given().when().get(deliveryPath(clinic) + "/cached").header("ETag");
        Article live = ArticleFixtures.get(clinic, "cached");
        action(clinic, live, "unpublish", null).statusCode(200);
        given().header("If-None-Match", etag).when().get(deliveryPath(clinic) + "/cached").then().statusCode(404);
    }

    @Test
    void preview_shows_drafts_in_the_delivery_shape_to_content_readers_only() {
        String tag = uniqueSlug("dpv");
        String clinic = ClinicFixtures.create(tag).slug();
        String other = ClinicFixtures.create(tag + "-other").slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        create(clinic, article("draft", "en-US", null, "Draft", null, null, null, tag + "-r"));
        String preview = "/v1/manage/clinics/" + clinic + "/preview/articles/draft";

        Keys.as(Keys.create(clinic, "content:read")).when().get(preview + "?fields=slug,status,disclaimers").then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Content-Language", "en-US")
                .body("status", equalTo("DRAFT"))
                .body("disclaimers", notNullValue());
        given().when().get(preview).then().statusCode(401);
        assertProblem(Keys.as(Keys.create(other, "content:read")).when().get(preview).then(),
                ProblemType.NOT_FOUND);
        given().when().get(deliveryPath(clinic) + "/draft").then().statusCode(404);
    }
}
