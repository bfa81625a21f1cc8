package health.clinicapi.catalog;

import static health.clinicapi.catalog.CatalogFixtures.approved;
import static health.clinicapi.catalog.CatalogFixtures.createCondition;
import static health.clinicapi.catalog.CatalogFixtures.createIndication;
import static health.clinicapi.catalog.CatalogFixtures.createPerson;
import static health.clinicapi.catalog.CatalogFixtures.createTreatment;
import static health.clinicapi.catalog.CatalogFixtures.indication;
import static health.clinicapi.catalog.CatalogFixtures.status;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
@TestHTTPEndpoint(IndicationManagementResource.class)
class IndicationManagementResourceTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void refuses_a_hostile_body_and_stores_nothing() {
        String tag = parts();
        IndicationInput base = indication(tag + "-i", tag + "-t", tag + "-c", tag + "-r",
                List.of(approved("US", "Botox", 2004)));
        String body = Api.JSON.valueToTree(base).toString()
                .replace("\"body\":[",
                        "\"body\":[{\"type\":\"paragraph\",\"content\":[{\"text\":\"<script>x</script>\","
                                + "\"link\":{\"href\":\"javascript:alert(1)\"}}]},");

        Problem problem = assertProblem(admin().contentType(ContentType.JSON).body(body).when().post().then(),
                ProblemType.VALIDATION_FAILED);
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("body[0].content[0].text", "body[0].content[0].link.href");

        String unknownType = body.replace("\"type\":\"paragraph\"", "\"type\":\"html\"");
        Problem unknown = assertProblem(admin().contentType(ContentType.JSON).body(unknownType).when().post().then(),
                ProblemType.INVALID_VALUE);
        assertThat(unknown.errors().get(0).message()).contains("unknown type 'html'").contains("paragraph");
        assertProblem(admin().when().get(tag + "-i").then(), ProblemType.NOT_FOUND);
    }

    @Test
    void creates_indication_with_201_and_reads_it_back() {
        String tag = parts();
        IndicationInput input = indication(tag + "-i", tag + "-t", tag + "-c", tag + "-r",
                List.of(approved("US", "Botox", 2004), status("US", "Botox Cosmetic", RegulatoryStatus.OFF_LABEL)));

        Response response = admin().contentType(ContentType.JSON).body(input).when().post();

        response.then().statusCode(201).header("ETag", "\"0\"");
        assertThat(response.header("Location")).endsWith("/v1/manage/indications/" + tag + "-i");
        Indication created = response.as(Indication.class);
        assertThat(created.treatment()).isEqualTo(tag + "-t");
        assertThat(created.condition()).isEqualTo(tag + "-c");
        assertThat(created.reviewer()).isEqualTo(tag + "-r");
        assertThat(created.regulatoryStatuses()).containsExactlyElementsOf(input.regulatoryStatuses());
        assertThat(created.onset()).isEqualTo(new OnsetRange(2, 4));
        assertThat(created.duration()).isEqualTo(new DurationRange(4, 12));
        assertThat(created.sessionDetails()).isEqualTo(input.sessionDetails());
        assertThat(created.references()).isEqualTo(input.references());
        assertThat(created.lastReviewedAt()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(created.body()).isEqualTo(input.body());
        assertThat(created.wordCount()).isEqualTo(3 + 3 + 10);
        assertThat(admin().when().get(created.slug()).then().statusCode(200).header("ETag", "\"0\"").extract()
                .as(Indication.class)).isEqualTo(created);
    }

    @Test
    void replaces_statuses_with_if_match_and_refuses_stale_or_missing_one() {
        String tag = parts();
        createIndication(indication(tag + "-i", tag + "-t", tag + "-c", tag + "-r",
                List.of(approved("US", "Botox", 2004), status("CA", "Botox", RegulatoryStatus.OFF_LABEL))));
        IndicationInput changed = indication(tag + "-i", tag + "-t", tag + "-c", null,
                List.of(status("CA", "Botox", RegulatoryStatus.INVESTIGATIONAL), approved("US", "Botox", 2004)));

        Indication updated = admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when()
                .put(tag + "-i").then().statusCode(200).header("ETag", "\"1\"").extract().as(Indication.class);

        assertThat(updated.regulatoryStatuses()).containsExactlyElementsOf(changed.regulatoryStatuses());
        assertThat(updated.reviewer()).isNull();
        assertProblem(admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).when()
                .put(tag + "-i").then(), ProblemType.PRECONDITION_FAILED);
        assertProblem(admin().contentType(ContentType.JSON).body(changed).when().put(tag + "-i").then(),
                ProblemType.PRECONDITION_REQUIRED);
    }

    @Test
    void returns_409_for_a_taken_slug_or_a_second_indication_of_the_same_pair() {
        String tag = parts();
        createIndication(indication(tag + "-i", tag + "-t", tag + "-c", null, List.of(approved("US", "Botox", 2004))));

        Problem slug = assertProblem(admin().contentType(ContentType.JSON).body(indication(tag + "-i", tag + "-t",
                tag + "-c", null, List.of(approved("US", "Botox", 2004)))).when().post().then(), ProblemType.CONFLICT);
        Problem pair = assertProblem(admin().contentType(ContentType.JSON).body(indication(tag + "-other",
                tag + "-t", tag + "-c", null, List.of(approved("US", "Botox", 2004)))).when().post().then(),
                ProblemType.CONFLICT);

        assertThat(slug.detail()).contains("slug");
        assertThat(pair.detail()).contains(tag + "-i", tag + "-t", tag + "-c");
    }

    @Test
    void lists_every_broken_rule_of_the_fact_sheet() {
        String tag = parts();
        createPerson(tag + "-writer", false);
        IndicationInput base = indication(tag + "-i", "no-such-treatment", tag + "-c", tag + "-writer", List.of(
                new RegulatoryStatusEntry("US", "Botox", RegulatoryStatus.APPROVED, null, null, null),
                new RegulatoryStatusEntry("CA", "Botox", RegulatoryStatus.OFF_LABEL, 2010, null, null),
                new RegulatoryStatusEntry("US", "botox", RegulatoryStatus.INVESTIGATIONAL, null, null, null)));
        IndicationInput bad = new IndicationInput(base.slug(), base.treatment(), base.condition(),
                base.regulatoryStatuses(), base.evidenceLevel(), null, null, new OnsetRange(3, 1),
                new DurationRange(12, 4), new SessionDetails("Many.", 20, 10, null), null, base.summary(),
                base.references(), base.lastReviewedAt(), base.reviewer(), base.body());

        Problem problem = assertProblem(admin().contentType(ContentType.JSON).body(bad).when().post().then(),
                ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder("treatment",
                "reviewer", "regulatoryStatuses[0].approvalYear", "regulatoryStatuses[1].approvalYear",
                "regulatoryStatuses[2]", "onset.minDays", "duration.minMonths",
                "sessionDetails.typicalInjectionsMin");
        assertThat(problem.errors()).filteredOn(e -> e.field().equals("reviewer"))
                .extracting(Problem.FieldError::message)
                .containsExactly("'" + tag + "-writer' is not a medical reviewer (medicalReviewer is false)");
    }

    @Test
    void refuses_script_urls_missing_references_and_bad_jurisdictions() {
        String tag = parts();
        IndicationInput base = indication(tag + "-i", tag + "-t", tag + "-c", null, List.of());
        IndicationInput bad = new IndicationInput(base.slug(), base.treatment(), base.condition(),
                List.of(new RegulatoryStatusEntry("usa", "Botox", RegulatoryStatus.OFF_LABEL, null, null,
                        "javascript:alert(1)")),
                base.evidenceLevel(), null, null, null, null, null, null, base.summary(), List.of(), null, null, null);
        IndicationInput badReference = new IndicationInput(base.slug(), base.treatment(), base.condition(),
                List.of(approved("US", "Botox", 2004)), base.evidenceLevel(), null, null, null, null, null, null,
                base.summary(), List.of(new Reference("Label", "javascript:alert(1)", null, 1700)), null, null, null);

        Problem first = assertProblem(admin().contentType(ContentType.JSON).body(bad).when().post().then(),
                ProblemType.VALIDATION_FAILED);
        Problem second = assertProblem(admin().contentType(ContentType.JSON).body(badReference).when().post().then(),
                ProblemType.VALIDATION_FAILED);

        assertThat(first.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder(
                "regulatoryStatuses[0].jurisdiction", "regulatoryStatuses[0].referenceUrl", "references");
        assertThat(second.errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("references[0].url", "references[0].year");
    }

    @Test
    void filters_by_treatment_condition_and_status_in_a_jurisdiction() {
        String tag = parts();
        createCondition(tag + "-c2");
        createCondition(tag + "-c3");
        createIndication(indication(tag + "-a", tag + "-t", tag + "-c", null, List.of(approved("US", "Botox", 2004))));
        createIndication(indication(tag + "-b", tag + "-t", tag + "-c2", null,
                List.of(status("US", "Botox", RegulatoryStatus.OFF_LABEL))));
        createIndication(indication(tag + "-c", tag + "-t", tag + "-c3", null,
                List.of(status("US-WA", "Botox", RegulatoryStatus.OFF_LABEL))));

        assertThat(slugs(admin().queryParam("treatment", tag + "-t"))).containsExactly(tag + "-a", tag + "-b",
                tag + "-c");
        assertThat(slugs(admin().queryParam("condition", tag + "-c2"))).containsExactly(tag + "-b");
        assertThat(slugs(admin().queryParam("treatment", tag + "-t").queryParam("status", "OFF_LABEL")))
                .containsExactly(tag + "-b", tag + "-c");
        assertThat(slugs(admin().queryParam("treatment", tag + "-t").queryParam("status", "OFF_LABEL")
                .queryParam("jurisdiction", "US"))).containsExactly(tag + "-b");
        assertThat(slugs(admin().queryParam("treatment", tag + "-t").queryParam("status", "OFF_LABEL")
                .queryParam("jurisdiction", "US-WA"))).containsExactly(tag + "-b", tag + "-c");
        assertThat(slugs(admin().queryParam("treatment", tag + "-t").queryParam("status", "APPROVED")
                .queryParam("jurisdiction", "CA"))).isEmpty();
        assertProblem(admin().queryParam("status", "MAYBE").when().get().then(), ProblemType.INVALID_VALUE);
        assertProblem(admin().queryParam("jurisdiction", "usa").when().get().then(), ProblemType.VALIDATION_FAILED);
    }

    @Test
    void deletes_indication_with_if_match_and_frees_its_treatment() {
        String tag = parts();
        createIndication(indication(tag + "-i", tag + "-t", tag + "-c", tag + "-r",
                List.of(approved("US", "Botox", 2004))));

        assertProblem(admin().when().delete(tag + "-i").then(), ProblemType.PRECONDITION_REQUIRED);
        admin().header("If-Match", "\"0\"").when().delete(tag + "-i").then().statusCode(204);

        assertProblem(admin().when().get(tag + "-i").then(), ProblemType.NOT_FOUND);
        Keys.asAdmin().header("If-Match", "\"0\"").when().delete("/v1/manage/treatments/" + tag + "-t").then()
                .statusCode(204);
    }

    /** A fresh treatment, condition and medical reviewer whose slugs are the returned tag plus -t, -c and -r. */
    private static String parts() {
        String tag = uniqueSlug("ind");
        createTreatment(tag + "-t");
        createCondition(tag + "-c");
        createPerson(tag + "-r", true);
        return tag;
    }

    private static List<String> slugs(RequestSpecification request) {
        return request.queryParam("limit", 100).when().get().then().statusCode(200).extract().as(IndicationPage.class)
                .items().stream().map(Indication::slug).toList();
    }

    private static RequestSpecification admin() {
        return Keys.asAdmin().basePath("/v1/manage/indications");
    }
}
