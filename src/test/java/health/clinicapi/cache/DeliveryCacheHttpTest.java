package health.clinicapi.cache;

import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.article.ArticleFixtures.published;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import health.clinicapi.article.Article;
import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.article.ArticleInput;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.Indication;
import health.clinicapi.catalog.IndicationInput;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.Clinic;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.content.Block;
import health.clinicapi.person.Person;
import health.clinicapi.person.PersonInput;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/**
 * Delivery reads come from memory after the first, and every write that changes what a response shows takes that
 * response out at once: the article itself, a person it embeds, the clinic it belongs to.
 */
@QuarkusTest
class DeliveryCacheHttpTest {

    @Inject
    DeliveryCache cache;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void serves_a_repeated_read_from_memory_with_the_same_bytes_and_etag() {
        String clinic = ClinicFixtures.create(uniqueSlug("cache")).slug();

        Response first = given().when().get("/v1/clinics/" + clinic);
        Response second = given().when().get("/v1/clinics/" + clinic);

        assertThat(first.header(DeliveryCacheFilter.STATUS_HEADER)).isEqualTo("MISS");
        assertThat(second.header(DeliveryCacheFilter.STATUS_HEADER)).isEqualTo("HIT");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        for (String header : List.of("Cache-Control", "Surrogate-Key", "Last-Modified", "Vary", "Content-Type")) {
            assertThat(second.header(header)).as(header).isEqualTo(first.header(header));
        }
    }

    @Test
    void answers_a_matching_if_none_match_from_memory_with_304() {
        String clinic = ClinicFixtures.create(uniqueSlug("cache")).slug();
        String etag = given().when().get("/v1/clinics/" + clinic).then().statusCode(200).extract().header("ETag");
        given().when().get("/v1/clinics/" + clinic).then().header(DeliveryCacheFilter.STATUS_HEADER, "HIT");

        Response revalidated = given().header("If-None-Match", etag).when().get("/v1/clinics/" + clinic);

        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.header(DeliveryCacheFilter.STATUS_HEADER)).isEqualTo("HIT");
        assertThat(revalidated.header("ETag")).isEqualTo(etag);
        assertThat(revalidated.asByteArray()).isEmpty();
    }

    @Test
    void gives_a_hit_its_own_request_id_and_cors_headers() {
        String clinic = ClinicFixtures.create(uniqueSlug("cache")).slug();
        given().when().get("/v1/clinics/" + clinic).then().statusCode(200);

        Response hit = given().header("X-Request-Id", "req-from-client-1").header("Origin", "https://any.example")
                .when().get("/v1/clinics/" + clinic);

        assertThat(hit.header(DeliveryCacheFilter.STATUS_HEADER)).isEqualTo("HIT");
        assertThat(hit.header("X-Request-Id")).isEqualTo("req-from-client-1");
        assertThat(hit.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(hit.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_changed_clinic_is_served_fresh_at_once() {
        String slug = uniqueSlug("cache");
        Clinic clinic = ClinicFixtures.create(slug);
        given().when().get("/v1/clinics/" + slug).then().statusCode(200);
        given().when().get("/v1/clinics/" + slug).then().header(DeliveryCacheFilter.STATUS_HEADER, "HIT");
        rename(clinic);

        Response after = given().when().get("/v1/clinics/" + slug);
        assertThat(after.header(DeliveryCacheFilter.STATUS_HEADER)).isEqualTo("MISS");
        assertThat(after.jsonPath().getString("name")).isEqualTo("Renamed " + slug);
    }

    @Test
    void publishing_and_editing_articles_reach_cached_pages_and_lists() {
        String tag = uniqueSlug("cache");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        Article first = published(clinic, publishable(tag + "-one", tag + "-r"));
        assertThat(slugs(clinic)).containsExactly(first.slug());
        assertThat(slugs(clinic)).as("from memory").containsExactly(first.slug());
        given().when().get(deliveryPath(clinic) + "/" + first.slug()).then().statusCode(200);

        Article second = published(clinic, publishable(tag + "-two", tag + "-r"));
        ArticleInput edited = publishable(first.slug(), tag + "-r");
        edited = new ArticleInput(edited.slug(), edited.locale(), null, "Edited title", edited.subtitle(),
                edited.excerpt(), edited.heroImage(), edited.body(), edited.tags(), edited.treatments(),
                edited.indications(), edited.author(), edited.medicalReviewer(), edited.lastReviewedAt(),
                edited.healthContent(), edited.seo());
        Keys.asAdmin().header("If-Match", "\"" + first.version() + "\"").contentType(ContentType.JSON).body(edited)
                .when().put(ArticleFixtures.path(clinic, first.slug())).then().statusCode(200);

        assertThat(slugs(clinic)).containsExactly(second.slug(), first.slug());
        assertThat(given().when().get(deliveryPath(clinic) + "/" + first.slug()).jsonPath().getString("title"))
                .isEqualTo("Edited title");
    }

    @Test
    void a_change_to_an_embedded_person_reaches_the_cached_article() {
        String tag = uniqueSlug("cache");
        String clinic = ClinicFixtures.create(tag).slug();
        Person reviewer = CatalogFixtures.createPerson(tag + "-r", true);
        Article article = published(clinic, publishable(tag + "-a", tag + "-r"));
        String url = deliveryPath(clinic) + "/" + article.slug() + "?include=author";
        given().when().get(url).then().statusCode(200);
        given().when().get(url).then().header(DeliveryCacheFilter.STATUS_HEADER, "HIT");
        PersonInput input = CatalogFixtures.person(tag + "-r", true);
        PersonInput renamed = new PersonInput(input.slug(), "Dr. Renamed", input.credentials(), input.title(),
                input.bio(), input.photo(), input.profileUrl(), input.medicalReviewer());

        Keys.asAdmin().header("If-Match", "\"" + reviewer.version() + "\"").contentType(ContentType.JSON)
                .body(renamed).when().put("/v1/manage/people/" + reviewer.slug()).then().statusCode(200);

        assertThat(given().when().get(url).jsonPath().getString("included.people[0].name")).isEqualTo("Dr. Renamed");
    }

    @Test
    void edits_to_the_clinic_and_the_catalog_reach_a_delivered_article_at_once() {
        String tag = uniqueSlug("cache");
        Clinic clinic = ClinicFixtures.create(tag);
        Indication indication = CatalogFixtures.createIndicationWithParts(tag);
        Article article = published(clinic.slug(),
                publishable(tag + "-a", tag + "-r", new Block.IndicationRef(indication.slug())));
        String url = deliveryPath(clinic.slug()) + "/" + article.slug();
        assertThat(given().when().get(url).jsonPath().getString("jsonLd.mentions[0].indication[0].'@type'"))
                .isEqualTo("ApprovedIndication");
        given().when().get(url).then().header(DeliveryCacheFilter.STATUS_HEADER, "HIT");

        // Delivery keeps clinics and the catalog in memory (DeliveryReferences): each edit must reach it at once.
        IndicationInput offLabel = CatalogFixtures.indication(indication.slug(), tag + "-t", tag + "-c", tag + "-r",
                List.of(CatalogFixtures.status("US", "Botox", RegulatoryStatus.OFF_LABEL)));
        Keys.asAdmin().header("If-Match", "\"" + indication.version() + "\"").contentType(ContentType.JSON)
                .body(offLabel).when().put("/v1/manage/indications/" + indication.slug()).then().statusCode(200);
        Response afterIndication = given().when().get(url);
        assertThat(afterIndication.jsonPath().getString("jsonLd.mentions[0].indication[0].'@type'"))
                .isEqualTo("MedicalIndication");

        rename(clinic);
        assertThat(given().when().get(url).jsonPath().getString("jsonLd.publisher.name")).isEqualTo("Renamed " + tag);
    }

    @Test
    void an_edit_to_an_articles_tags_alone_reaches_the_cached_article() {
        String tag = uniqueSlug("cache");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        ArticleInput input = publishable(tag + "-a", tag + "-r");
        Article article = published(clinic, input);
        String url = deliveryPath(clinic) + "/" + article.slug();
        assertThat(given().when().get(url).jsonPath().getList("tags")).containsExactly("botox");
        given().when().get(url).then().header(DeliveryCacheFilter.STATUS_HEADER, "HIT");
        ArticleInput retagged = new ArticleInput(input.slug(), input.locale(), null, input.title(), input.subtitle(),
                input.excerpt(), input.heroImage(), input.body(), List.of("botox", "retagged"), input.treatments(),
                input.indications(), input.author(), input.medicalReviewer(), input.lastReviewedAt(),
                input.healthContent(), input.seo());

        Keys.asAdmin().header("If-Match", "\"" + article.version() + "\"").contentType(ContentType.JSON)
                .body(retagged).when().put(ArticleFixtures.path(clinic, article.slug())).then().statusCode(200);

        assertThat(given().when().get(url).jsonPath().getList("tags")).containsExactly("botox", "retagged");
    }

    @Test
    void leaves_authenticated_reads_management_and_the_changes_feed_out_of_the_cache() {
        String clinic = ClinicFixtures.create(uniqueSlug("cache")).slug();

        Response withKey = Keys.asAdmin().when().get("/v1/clinics/" + clinic);
        Response management = Keys.asAdmin().when().get("/v1/manage/clinics/" + clinic);

        assertThat(withKey.statusCode()).isEqualTo(200);
        assertThat(withKey.header(DeliveryCacheFilter.STATUS_HEADER)).isNull();
        assertThat(management.header(DeliveryCacheFilter.STATUS_HEADER)).isNull();
        for (int i = 0; i < 2; i++) {
            Response changes = given().when().get("/v1/clinics/" + clinic + "/changes");
            assertThat(changes.statusCode()).isEqualTo(200);
            assertThat(changes.header(DeliveryCacheFilter.STATUS_HEADER)).as("pollers need each event at once")
                    .isNull();
        }
    }

    @Test
    void concurrent_misses_of_one_uri_load_it_once() throws Exception {
        String clinic = ClinicFixtures.create(uniqueSlug("cache")).slug();
        String url = "/v1/clinics/" + clinic + "?concurrent=1";
        double storesBefore = stores();
        getConcurrently(url);

        assertThat(stores() - storesBefore).as("responses loaded and stored for one URI").isEqualTo(1.0);
    }

    @Test
    void a_hit_is_counted_in_the_http_metrics_under_its_route_not_its_own_path() {
        String clinic = ClinicFixtures.create(uniqueSlug("cache-metrics")).slug();
        String reviewer = uniqueSlug("cache-metrics-r");
        CatalogFixtures.createPerson(reviewer, true);
        String slug = ArticleFixtures.published(clinic, ArticleFixtures.publishable(uniqueSlug("metered"), reviewer))
                .slug();
        String path = "/v1/clinics/" + clinic + "/articles/" + slug;

        given().when().get(path).then().statusCode(200).header(DeliveryCacheFilter.STATUS_HEADER, "MISS");
        given().when().get(path).then().statusCode(200).header(DeliveryCacheFilter.STATUS_HEADER, "HIT");

        // A metric per article path would grow with the content (memory, scrapes); hits share the route's.
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain("uri=\"" + path + "\"")
                .contains("uri=\"/v1/clinics/{clinic}/articles/{slug}\"");
    }

    /** Renames the clinic (created by ClinicFixtures.create) to "Renamed <slug>" through the management API. */
    private static void rename(Clinic clinic) {
        ClinicInput renamed = ClinicFixtures.withName(ClinicFixtures.input(clinic.slug()), "Renamed " + clinic.slug());
        Keys.asAdmin().header("If-Match", "\"" + clinic.version() + "\"").contentType(ContentType.JSON).body(renamed)
                .when().put("/v1/manage/clinics/" + clinic.slug()).then().statusCode(200);
    }

    private double stores() {
        return counter("clinicapi_delivery_cache_stores_total");
    }

    /** Sends 32 GETs of {@code url}, 16 at a time, and checks that each got a 200. */
    static void getConcurrently(String url) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = IntStream.range(0, 32)
                    .<Callable<Integer>>mapToObj(i -> () -> given().when().get(url).statusCode()).toList();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The value of a counter in the Prometheus metrics (summed over its tags). */
    static double counter(String name) {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static List<String> slugs(String clinic) {
        return given().when().get(deliveryPath(clinic)).then().statusCode(200).extract().jsonPath()
                .getList("items.slug", String.class);
    }
}
