package health.clinicapi.clinic;

import static health.clinicapi.clinic.ClinicFixtures.create;
import static health.clinicapi.clinic.ClinicFixtures.input;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.clinic.ClinicFixtures.withName;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
@TestHTTPEndpoint(ClinicManagementResource.class)
class ClinicManagementResourceTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void creates_clinic_with_201_location_and_version_etag() {
        String slug = uniqueSlug("create");
        Response response = admin().contentType(ContentType.JSON).body(input(slug)).when().post();

        response.then().statusCode(201).header("ETag", "\"0\"");
        assertThat(response.header("Location")).endsWith("/v1/manage/clinics/" + slug);
        Clinic clinic = response.as(Clinic.class);
        assertThat(clinic.id()).isNotNull();
        assertThat(clinic.slug()).isEqualTo(slug);
        assertThat(clinic.locales()).containsExactly("en-US", "es-US");
        assertThat(clinic.contact().city()).isEqualTo("Springfield");
        assertThat(clinic.version()).isZero();
        assertThat(clinic.createdAt()).isEqualTo(clinic.updatedAt());
        assertThat(clinic.templateVariables())
                .containsEntry("clinic.name", "Clinic " + slug)
                .containsEntry("clinic.city", "Springfield")
                .containsEntry("clinic.phone", "+1 555 0100")
                .containsEntry("clinic.bookingUrl", "https://" + slug + ".example/book");
    }

    @Test
    void reads_clinic_back_as_created() {
        Clinic created = create(uniqueSlug("read"));

        Clinic read = admin().when().get(created.slug()).then().statusCode(200).header("ETag", "\"0\"")
                .header("Cache-Control", "no-store").extract().as(Clinic.class);

        assertThat(read).isEqualTo(created);
    }

    @Test
    void defaults_article_path_and_strips_trailing_slash_of_base_url() {
        String slug = uniqueSlug("defaults");
        ClinicInput in = input(slug);
        ClinicInput sparse = new ClinicInput(slug, in.name(), "https://defaults.example/", null, List.of("en"), "en",
                "US", null, null, null);

        Clinic clinic = admin().contentType(ContentType.JSON).body(sparse).when().post().then().statusCode(201)
                .extract().as(Clinic.class);

        assertThat(clinic.articlePathTemplate()).isEqualTo("/articles/{slug}");
        assertThat(clinic.baseUrl()).isEqualTo("https://defaults.example");
        assertThat(clinic.variables()).isEmpty();
        assertThat(clinic.allowedOrigins()).isEmpty();
    }

    @Test
    void replaces_clinic_when_if_match_names_current_version() {
        Clinic created = create(uniqueSlug("replace"));
        ClinicInput changed = withName(input(created.slug()), "Renamed Clinic");

        Clinic updated = admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(created.slug())
                .then().statusCode(200).header("ETag", "\"1\"").extract().as(Clinic.class);

        assertThat(updated.name()).isEqualTo("Renamed Clinic");
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
        assertThat(updated.templateVariables()).containsEntry("clinic.name", "Renamed Clinic");
    }

    @Test
    void renames_slug_and_frees_the_old_one() {
        Clinic created = create(uniqueSlug("rename"));
        String newSlug = uniqueSlug("renamed");

        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(input(newSlug))
                .when().put(created.slug()).then().statusCode(200);

        admin().when().get(newSlug).then().statusCode(200);
        assertProblem(admin().when().get(created.slug()).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void returns_412_problem_for_stale_if_match_and_keeps_the_clinic() {
        Clinic created = create(uniqueSlug("stale"));
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(withName(input(created.slug()), "First"))
                .when().put(created.slug()).then().statusCode(200);

        assertProblem(admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(withName(input(created.slug()), "Second")).when().put(created.slug()).then(),
                ProblemType.PRECONDITION_FAILED);

        Clinic current = admin().when().get(created.slug()).then().extract().as(Clinic.class);
        assertThat(current.name()).isEqualTo("First");
        assertThat(current.version()).isEqualTo(1);
    }

    @Test
    void lets_exactly_one_of_concurrent_editors_with_the_same_etag_win() throws Exception {
        Clinic created = create(uniqueSlug("race"));
        int editors = 6;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(editors);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int i = 0; i < editors; i++) {
            ClinicInput edit = withName(input(created.slug()), "Editor " + i);
            results.add(pool.submit(() -> {
                start.await();
                return admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                        .when().put(created.slug()).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var result : results) {
            statuses.add(result.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(admin().when().get(created.slug()).then().extract().as(Clinic.class).version()).isEqualTo(1);
    }

    @Test
    void returns_428_problem_when_if_match_is_missing_or_a_wildcard() {
        Clinic created = create(uniqueSlug("nomatch"));

        assertProblem(admin().contentType(ContentType.JSON).body(withName(input(created.slug()), "X"))
                .when().put(created.slug()).then(), ProblemType.PRECONDITION_REQUIRED);
        assertProblem(admin().contentType(ContentType.JSON).header("If-Match", "*")
                .body(withName(input(created.slug()), "X")).when().put(created.slug()).then(),
                ProblemType.PRECONDITION_REQUIRED);
        assertProblem(admin().when().delete(created.slug()).then(), ProblemType.PRECONDITION_REQUIRED);

        assertThat(admin().when().get(created.slug()).then().extract().as(Clinic.class)).isEqualTo(created);
    }

    @Test
    void deletes_clinic_with_if_match() {
        Clinic created = create(uniqueSlug("delete"));

        assertProblem(admin().header("If-Match", "\"7\"").when().delete(created.slug()).then(),
                ProblemType.PRECONDITION_FAILED);
        admin().header("If-Match", "\"0\"").when().delete(created.slug()).then().statusCode(204);

        assertProblem(admin().when().get(created.slug()).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void returns_409_problem_for_a_taken_slug_on_create_and_rename() {
        Clinic first = create(uniqueSlug("taken"));
        Clinic second = create(uniqueSlug("other"));

        assertProblem(admin().contentType(ContentType.JSON).body(input(first.slug())).when().post().then(),
                ProblemType.CONFLICT);
        assertProblem(admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(input(first.slug()))
                .when().put(second.slug()).then(), ProblemType.CONFLICT);

        assertThat(admin().when().get(second.slug()).then().extract().as(Clinic.class)).isEqualTo(second);
    }

    @Test
    void lists_every_bad_field_in_one_validation_problem() {
        String body = """
                {"slug": "Not A Slug", "name": "", "baseUrl": "ftp://x", "locales": ["en", "EN_us"],
                 "defaultLocale": "en", "jurisdiction": "usa", "contact": {"email": "nope", "country": "USA"},
                 "variables": {"9bad": "x"}, "allowedOrigins": ["https://x.example/path"]}
                """;

        Problem problem = assertProblem(admin().contentType(ContentType.JSON).body(body).when().post().then(),
                ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder(
                "slug", "name", "baseUrl", "locales[1]", "jurisdiction", "contact.email", "contact.country",
                "variables[9bad]", "allowedOrigins[0]");
        assertThat(problem.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
    }

    @Test
    void refuses_default_locale_outside_locales_and_shadowed_built_in_variables() {
        ClinicInput in = input(uniqueSlug("rules"));
        ClinicInput bad = new ClinicInput(in.slug(), in.name(), in.baseUrl(), null, List.of("en-US"), "fr-FR", "US",
                null, Map.of("name", "Shadow"), null);

        Problem problem = assertProblem(admin().contentType(ContentType.JSON).body(bad).when().post().then(),
                ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactly("defaultLocale", "variables.name");
        assertProblem(admin().when().get(in.slug()).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void refuses_server_owned_fields_in_the_body() {
        String slug = uniqueSlug("mass");
        for (String field : List.of("id", "version", "createdAt", "updatedAt", "templateVariables")) {
            String body = """
                    {"slug": "%s", "name": "N", "baseUrl": "https://n.example", "locales": ["en"],
                     "defaultLocale": "en", "jurisdiction": "US", "%s": "1"}
                    """.formatted(slug, field);

            Problem problem = assertProblem(admin().contentType(ContentType.JSON).body(body).when().post().then(),
                    ProblemType.UNKNOWN_PROPERTY);

            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly(field);
        }
        assertProblem(admin().when().get(slug).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void lists_clinics_as_a_paginated_object() {
        String prefix = "mlist-" + uniqueSlug("p");
        create(prefix + "-a");
        create(prefix + "-b");

        ClinicPageView page = admin().queryParam("limit", 1).when().get().then().statusCode(200)
                .extract().as(ClinicPageView.class);

        assertThat(page.items()).hasSize(1);
        assertThat(page.nextCursor()).isNotBlank();
    }

    /** Client-side view of a page of clinics. */
    record ClinicPageView(List<Clinic> items, String nextCursor) {
    }

    /** An admin request; keeps the base path of {@code @TestHTTPEndpoint}. */
    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Keys.ADMIN);
    }
}
