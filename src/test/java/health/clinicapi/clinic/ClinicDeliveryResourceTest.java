package health.clinicapi.clinic;

import static health.clinicapi.clinic.ClinicFixtures.create;
import static health.clinicapi.clinic.ClinicFixtures.input;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
@TestHTTPEndpoint(ClinicDeliveryResource.class)
class ClinicDeliveryResourceTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void serves_a_clinic_by_slug_with_cache_headers() {
        Clinic created = create(uniqueSlug("deliver"));

        Response response = given().when().get(created.slug());

        response.then().statusCode(200).contentType(ContentType.JSON)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400")
                .header("Vary", "Accept-Encoding")
                .header("Surrogate-Key", "clinic:" + created.slug());
        assertThat(response.header("ETag")).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(response.header("Last-Modified")).endsWith("GMT");
        assertThat(response.as(Clinic.class)).isEqualTo(created);
    }

    @Test
    void answers_304_when_if_none_match_names_the_current_etag_and_200_after_a_change() {
        Clinic created = create(uniqueSlug("etag"));
        String etag = given().when().get(created.slug()).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).when().get(created.slug())
                .then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "W/" + etag).when().get(created.slug()).then().statusCode(304);

        ClinicInput renamed = ClinicFixtures.withName(input(created.slug()), "Changed");
        Keys.asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(renamed)
                .when().put("/v1/manage/clinics/" + created.slug()).then().statusCode(200);

        String newEtag = given().header("If-None-Match", etag).when().get(created.slug())
                .then().statusCode(200).extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
    }

    @Test
    void compresses_with_gzip_when_the_client_accepts_it() {
        Clinic created = create(uniqueSlug("gzip"));

        Clinic read = given().header("Accept-Encoding", "gzip").when().get(created.slug())
                .then().statusCode(200).header("Content-Encoding", "gzip").extract().as(Clinic.class);

        assertThat(read).isEqualTo(created);
    }

    @Test
    void compresses_with_brotli_when_the_client_prefers_it() throws Exception {
        Clinic created = create(uniqueSlug("brotli"));
        var request = java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port
                        + "/v1/clinics/" + created.slug()))
                .header("Accept-Encoding", "br, gzip").build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
        com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
        byte[] plain = com.aayushatharva.brotli4j.decoder.Decoder.decompress(response.body()).getDecompressedData();
        assertThat(health.clinicapi.support.Api.JSON.readValue(plain, Clinic.class)).isEqualTo(created);
    }

    @Test
    void returns_404_problem_for_unknown_slug() {
        assertProblem(given().when().get(uniqueSlug("missing")).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void walks_all_pages_in_slug_order_without_gaps_or_duplicates() {
        String prefix = "walk-" + uniqueSlug("p");
        List<String> mine = List.of(prefix + "-a", prefix + "-b", prefix + "-c", prefix + "-d", prefix + "-e");
        mine.forEach(ClinicFixtures::create);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.when().get();
            response.then().statusCode(200);
            ClinicManagementResourceTest.ClinicPageView page = response
                    .as(ClinicManagementResourceTest.ClinicPageView.class);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page.items().forEach(c -> seen.add(c.slug()));
            cursor = page.nextCursor();
            if (cursor != null) {
                assertThat(response.header("Link")).contains("cursor=" + cursor).endsWith("rel=\"next\"");
            } else {
                assertThat(response.header("Link")).isNull();
            }
            pages++;
        } while (cursor != null && pages < 10_000);

        assertThat(seen).doesNotHaveDuplicates().containsAll(mine);
        assertThat(seen.stream().filter(s -> s.startsWith(prefix))).containsExactlyElementsOf(mine);
    }

    @Test
    void uses_default_page_size_of_20_and_refuses_out_of_range_limits() {
        ClinicManagementResourceTest.ClinicPageView page = given().when().get().then().statusCode(200)
                .extract().as(ClinicManagementResourceTest.ClinicPageView.class);
        assertThat(page.items()).hasSizeLessThanOrEqualTo(20);

        for (String limit : List.of("0", "101", "-5")) {
            var problem = assertProblem(given().queryParam("limit", limit).when().get().then(),
                    ProblemType.VALIDATION_FAILED);
            assertThat(problem.errors()).extracting(e -> e.field()).containsExactly("limit");
        }
        assertProblem(given().queryParam("limit", "ten").when().get().then(), ProblemType.INVALID_VALUE);
    }

    @Test
    void returns_400_problem_for_a_forged_cursor() {
        assertProblem(given().queryParam("cursor", "not-a-cursor!").when().get().then(), ProblemType.INVALID_CURSOR);
        assertProblem(given().queryParam("cursor", "Zm9vCmJhcg").when().get().then(), ProblemType.INVALID_CURSOR);
    }
}
