package health.clinicapi.cache;

import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.article.ArticleFixtures.published;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import health.clinicapi.article.Article;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.persistence.ContentGeneration;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;

/**
 * The database goes away behind a real TCP proxy: published content that was read before keeps being served, what
 * was never read is a quick 503 problem, readiness says DOWN, and all recovers by itself when the database returns.
 * PostgreSQL only: the embedded H2 database runs inside the process and cannot be cut off.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
@EnabledIfEnvironmentVariable(named = DatabaseProxyResource.URL_VARIABLE, matches = "jdbc:postgresql:.*")
class DatabaseOutageTest {

    @Inject
    ContentGeneration generation;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @AfterEach
    void restore() {
        DatabaseProxyResource.proxy.restore();
    }

    @Test
    void serves_cached_content_through_an_outage_and_recovers_when_the_database_returns() throws Exception {
        String tag = uniqueSlug("outage");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        Article article = published(clinic, publishable(tag + "-a", tag + "-r"));
        String url = deliveryPath(clinic) + "/" + article.slug();
        Response before = given().when().get(url);
        assertThat(before.statusCode()).isEqualTo(200);
        given().when().get("/q/health/ready").then().statusCode(200);

        DatabaseProxyResource.proxy.cut();
        Thread.sleep(1_200); // past the one-second time to live: only a stale copy is left

        Response during = given().when().get(url);
        assertThat(during.statusCode()).isEqualTo(200);
        assertThat(during.header(DeliveryCacheFilter.STATUS_HEADER)).isEqualTo("STALE");
        assertThat(during.asByteArray()).isEqualTo(before.asByteArray());
        assertThat(during.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(during.header("Cache-Control")).contains("stale-if-error");
        given().header("If-None-Match", before.header("ETag")).when().get(url).then().statusCode(304);

        var neverRead = given().when().get(url + "?fields=title").then();
        assertProblem(neverRead, ProblemType.SERVICE_UNAVAILABLE);
        neverRead.header("Retry-After", "5");
        given().when().get("/q/health/ready").then().statusCode(503);
        // A change announced now leaves delivery's in-memory clinics and catalog out of date: reading them again
        // fails while the database is away, and must answer the same 503 problem, twice (the second from the
        // remembered failure), never a 500.
        generation.advance();
        for (int attempt = 0; attempt < 2; attempt++) {
            assertProblem(given().when().get(url + "?fields=slug&attempt=" + attempt).then(),
                    ProblemType.SERVICE_UNAVAILABLE);
        }

        DatabaseProxyResource.proxy.restore();

        int ready = 0;
        for (int attempt = 0; attempt < 60 && ready != 200; attempt++) {
            ready = given().when().get("/q/health/ready").statusCode();
            if (ready != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(ready).as("readiness after the database returned").isEqualTo(200);
        int fresh = 0;
        for (int attempt = 0; attempt < 30 && fresh != 200; attempt++) {
            fresh = given().when().get(url + "?fields=title").statusCode();
            if (fresh != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(fresh).as("an uncached read after the database returned").isEqualTo(200);
        assertThat(given().when().get(url).header(DeliveryCacheFilter.STATUS_HEADER)).isIn("MISS", "HIT");
    }
}
