package health.clinicapi.person;

import static health.clinicapi.catalog.CatalogFixtures.createIndicationWithParts;
import static health.clinicapi.catalog.CatalogFixtures.createPerson;
import static health.clinicapi.catalog.CatalogFixtures.person;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
@TestHTTPEndpoint(PersonManagementResource.class)
class PersonManagementResourceTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void creates_person_with_201_location_and_version_etag() {
        String slug = uniqueSlug("person");

        Response response = admin().contentType(ContentType.JSON).body(person(slug, true)).when().post();

        response.then().statusCode(201).header("ETag", "\"0\"");
        assertThat(response.header("Location")).endsWith("/v1/manage/people/" + slug);
        Person created = response.as(Person.class);
        assertThat(created.credentials()).containsExactly("MD", "FAAD");
        assertThat(created.photo().alt()).isEqualTo("Portrait of " + slug);
        assertThat(created.medicalReviewer()).isTrue();
        assertThat(admin().when().get(slug).then().statusCode(200).header("ETag", "\"0\"").extract()
                .as(Person.class)).isEqualTo(created);
    }

    @Test
    void replaces_person_with_if_match_and_refuses_stale_or_missing_one() {
        Person created = createPerson(uniqueSlug("replace"), false);
        PersonInput changed = new PersonInput(created.slug(), "Renamed", List.of("RN"), "Nurse injector", null, null,
                null, false);

        Person updated = admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when()
                .put(created.slug()).then().statusCode(200).header("ETag", "\"1\"").extract().as(Person.class);

        assertThat(updated.name()).isEqualTo("Renamed");
        assertThat(updated.photo()).isNull();
        assertThat(updated.credentials()).containsExactly("RN");
        assertProblem(admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when()
                .put(created.slug()).then(), ProblemType.PRECONDITION_FAILED);
        assertProblem(admin().contentType(ContentType.JSON).body(changed).when().put(created.slug()).then(),
                ProblemType.PRECONDITION_REQUIRED);
    }

    @Test
    void returns_409_problem_for_a_taken_slug() {
        Person created = createPerson(uniqueSlug("taken"), false);

        assertProblem(admin().contentType(ContentType.JSON).body(person(created.slug(), true)).when().post().then(),
                ProblemType.CONFLICT);
    }

    @Test
    void lists_every_bad_field_including_photo_without_alt_and_script_urls() {
        PersonInput bad = new PersonInput("Not A Slug", "", List.of(""), null, null,
                new Photo("javascript:alert(1)", null), "javascript:alert(1)", null);

        Problem problem = assertProblem(admin().contentType(ContentType.JSON).body(bad).when().post().then(),
                ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).contains("slug", "name",
                "credentials[0]", "photo.url", "photo.alt", "profileUrl", "medicalReviewer");
    }

    @Test
    void filters_the_list_by_reviewer_and_pages_with_a_cursor() {
        String tag = uniqueSlug("aaa-filter");
        createPerson(tag + "-1", true);
        createPerson(tag + "-2", false);
        createPerson(tag + "-3", true);

        List<Person> reviewers = all(true);
        List<Person> others = all(false);

        assertThat(reviewers).extracting(Person::slug).contains(tag + "-1", tag + "-3").doesNotContain(tag + "-2");
        assertThat(reviewers).allMatch(Person::medicalReviewer);
        assertThat(others).extracting(Person::slug).contains(tag + "-2").doesNotContain(tag + "-1");
    }

    @Test
    void deletes_person_with_if_match() {
        Person created = createPerson(uniqueSlug("delete"), false);

        admin().header("If-Match", "\"0\"").when().delete(created.slug()).then().statusCode(204);

        assertProblem(admin().when().get(created.slug()).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void refuses_to_delete_or_demote_the_reviewer_of_an_indication_with_409() {
        String tag = uniqueSlug("reviewed");
        createIndicationWithParts(tag);
        String reviewer = tag + "-r";

        Problem deleted = assertProblem(admin().header("If-Match", "\"0\"").when().delete(reviewer).then(),
                ProblemType.CONFLICT);
        Problem demoted = assertProblem(admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(person(reviewer, false)).when().put(reviewer).then(), ProblemType.CONFLICT);

        assertThat(deleted.detail()).contains(reviewer, "medical reviewer");
        assertThat(demoted.detail()).contains("medicalReviewer");
        admin().when().get(reviewer).then().statusCode(200).header("ETag", "\"0\"");
    }

    /** Every person of the filter, following nextCursor with small pages, so the cursor must keep the filter. */
    private static List<Person> all(boolean reviewer) {
        List<Person> people = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = admin().queryParam("reviewer", reviewer).queryParam("limit", 10);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            PersonPage page = request.when().get().then().statusCode(200).extract().as(PersonPage.class);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(10);
            people.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return people;
    }

    private static RequestSpecification admin() {
        return Keys.asAdmin().basePath("/v1/manage/people");
    }
}
