package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.create;
import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.article.ArticleFixtures.published;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.ConditionInput;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.content.Block;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Full-text search of delivered articles: ranking, highlights, synonyms, filters; the same on H2 and PostgreSQL. */
@QuarkusTest
class ArticleSearchTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static ArticleInput article(String slug, String locale, UUID group, String title, String excerpt,
            String text, List<String> tags, String reviewer) {
        List<Block> body = new ArrayList<>(List.of(new Block.Paragraph(List.of(new Block.Span(text, null, null)))));
        return new ArticleInput(slug, locale, group, title, null, excerpt, null, body, tags, null, null, null,
                reviewer, LocalDate.of(2025, 3, 1), true, null);
    }

    private static JsonPath search(String clinic, String query) {
        return given().when().get(deliveryPath(clinic) + "?q=" + query).then().statusCode(200).extract().jsonPath();
    }

    /** The slugs of every page of a search, following nextCursor from the first page to the last. */
    private static List<String> allPages(String clinic, String query) {
        List<String> slugs = new ArrayList<>();
        JsonPath page = search(clinic, query);
        slugs.addAll(page.getList("items.slug", String.class));
        while (page.getString("nextCursor") != null) {
            page = search(clinic, query + "&cursor=" + page.getString("nextCursor"));
            slugs.addAll(page.getList("items.slug", String.class));
        }
        return slugs;
    }

    @Test
    void ranks_title_matches_above_body_matches_and_highlights_safely() {
        String tag = uniqueSlug("sr");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        published(clinic, article("in-body", "en-US", null, "Treatment notes", "What to expect.",
                "Some patients ask about migraine relief after the visit.", null, tag + "-r"));
        published(clinic, article("in-title", "en-US", null, "Migraine and Botox", "Migraine prevention.",
                "Injections every twelve weeks for chronic migraine: rates < 10 & falling.", null, tag + "-r"));
        published(clinic, article("unrelated", "en-US", null, "Sunscreen", "Daily protection.",
                "Apply it every morning.", null, tag + "-r"));
        create(clinic, article("draft", "en-US", null, "Migraine draft", "Not live.", "Migraine.", null, tag + "-r"));

        JsonPath result = search(clinic, "migraine");
        assertThat(result.getList("items.slug", String.class)).containsExactly("in-title", "in-body");
        assertThat(result.getDouble("items[0].match.score")).isGreaterThan(result.getDouble("items[1].match.score"));
        assertThat(result.getString("items[0].match.title")).isEqualTo("<mark>Migraine</mark> and Botox");
        String snippet = result.getString("items[0].match.snippet");
        assertThat(snippet).contains("<mark>migraine</mark>").contains("&lt; 10 &amp; falling");
        assertThat(result.getString("items[1].match.snippet")).contains("about <mark>migraine</mark> relief");
        assertThat(search(clinic, "sunscreen").getList("items.slug", String.class)).containsExactly("unrelated");
        assertThat(search(clinic, "nothing-like-this-anywhere").getList("items")).isEmpty();
    }

    @Test
    void catalog_synonyms_find_content_written_with_the_condition_name() {
        String tag = uniqueSlug("ssy");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        String word = "hyperhidrosis" + tag.substring(tag.length() - 8).replaceAll("[^a-z]", "x");
        Keys.asAdmin().contentType(io.restassured.http.ContentType.JSON)
                .body(new ConditionInput(tag + "-c", word, List.of("drenching " + word + "sweat"), "Underarms", null))
                .when().post("/v1/manage/conditions").then().statusCode(201);
        published(clinic, article("named", "en-US", null, "Treating " + word, "Options that help.",
                "Treatment of " + word + " with injections.", null, tag + "-r"));

        assertThat(search(clinic, "drenching " + word + "sweat").getList("items.slug", String.class))
                .containsExactly("named");

        // An article is also found by the catalog names of the indications it embeds, whatever its own words.
        String indication = CatalogFixtures.createIndicationWithParts(tag + "-e").slug();
        ArticleInput embedding = article("embedding", "en-US", null, "Treatment day", "What happens.",
                "The visit takes twenty minutes.", null, tag + "-r");
        java.util.List<Block> body = new ArrayList<>(embedding.body());
        body.add(new Block.IndicationRef(indication));
        published(clinic, new ArticleInput(embedding.slug(), embedding.locale(), null, embedding.title(), null,
                embedding.excerpt(), null, body, null, null, null, null, tag + "-r", embedding.lastReviewedAt(), true,
                null));
        JsonPath found = search(clinic, "underarms sweating");
        assertThat(found.getList("items.slug", String.class)).containsExactly("embedding");
        assertThat(found.getString("items[0].match.snippet")).contains("<mark>sweating</mark>")
                .contains("<mark>underarms</mark>");
    }

    @Test
    void search_honours_filters_locales_and_paging() {
        String tag = uniqueSlug("sf");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        UUID group = UUID.randomUUID();
        published(clinic, article("wrinkles", "en-US", group, "Wrinkles explained", "Frown lines.",
                "Wrinkles soften after treatment.", List.of("cosmetic"), tag + "-r"));
        published(clinic, article("arrugas", "es-US", group, "Wrinkles: las arrugas", "Líneas.",
                "Wrinkles y arrugas.", List.of("cosmetic"), tag + "-r"));
        for (int i = 0; i < 3; i++) {
            published(clinic, article("more-" + i, "en-US", null, "More " + i, "Excerpt.",
                    "Wrinkles, again and again.", List.of("other"), tag + "-r"));
        }

        // One translation per article, in the reader's locale.
        assertThat(search(clinic, "wrinkles&tag=cosmetic").getList("items.slug", String.class))
                .containsExactly("wrinkles");
        assertThat(search(clinic, "wrinkles&tag=cosmetic&locale=es-MX").getList("items.slug", String.class))
                .containsExactly("arrugas");
        // Paging walks the ranking without repeats.
        assertThat(allPages(clinic, "wrinkles&limit=2")).hasSize(4).doesNotHaveDuplicates().first()
                .isEqualTo("wrinkles");

        assertProblem(given().when().get(deliveryPath(clinic) + "?q=wrinkles&sort=title").then(),
                ProblemType.VALIDATION_FAILED);
        assertProblem(given().when().get(deliveryPath(clinic) + "?q=!!").then(), ProblemType.VALIDATION_FAILED);
        assertProblem(given().when().get(deliveryPath(clinic) + "?q=" + "a".repeat(201)).then(),
                ProblemType.VALIDATION_FAILED);
    }

    @Test
    void pages_of_a_filtered_search_walk_the_same_ranking_as_one_long_page() {
        String tag = uniqueSlug("sp");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        // 70 matches, one in three kept by the filter: later pages need the ranking tested past its first slice.
        for (int i = 0; i < 70; i++) {
            published(clinic, article("peel-" + i, "en-US", null, "Chemical peel " + i, "Excerpt.",
                    "A peel " + "again ".repeat(i % 5) + "renews the skin.", List.of(i % 3 == 0 ? "keep" : "drop"),
                    tag + "-r"));
        }
        List<String> whole = search(clinic, "peel&tag=keep&limit=100").getList("items.slug", String.class);

        List<String> paged = allPages(clinic, "peel&tag=keep&limit=4");

        assertThat(whole).hasSize(24).allMatch(slug -> Integer.parseInt(slug.substring(5)) % 3 == 0);
        assertThat(paged).isEqualTo(whole);
    }
}
