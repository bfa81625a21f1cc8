package health.clinicapi.catalog;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.ResolvedDisclaimer;
import health.clinicapi.disclaimer.RuleCondition;
import health.clinicapi.support.Api;

/** What front ends fetch from the catalog: public, cacheable, and per clinic with status and disclaimers. */
@QuarkusTest
class CatalogDeliveryTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void serves_treatments_and_conditions_publicly_with_etags() {
        String tag = ClinicFixtures.uniqueSlug("deliv");
        CatalogFixtures.createTreatment(tag + "-t");
        CatalogFixtures.createCondition(tag + "-c");

        Response treatment = given().when().get("/v1/treatments/" + tag + "-t");
        treatment.then().statusCode(200).header("Surrogate-Key", "treatment:" + tag + "-t")
                .header("Cache-Control", org.hamcrest.Matchers.startsWith("public"));
        assertThat(treatment.as(Treatment.class).slug()).isEqualTo(tag + "-t");
        given().header("If-None-Match", treatment.header("ETag")).when().get("/v1/treatments/" + tag + "-t")
                .then().statusCode(304);
        assertThat(given().when().get("/v1/conditions/" + tag + "-c").then().statusCode(200).extract()
                .as(Condition.class).slug()).isEqualTo(tag + "-c");
        assertThat(given().queryParam("limit", 100).when().get("/v1/treatments").then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class)).isNotEmpty();
        assertProblem(given().when().get("/v1/conditions/" + tag + "-none").then(), ProblemType.NOT_FOUND);
    }

    @Test
    void shows_an_indication_with_its_status_and_disclaimers_in_the_clinics_jurisdiction() {
        String offLabelKey = DisclaimerFixtures.uniqueKey("deliv-off");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(offLabelKey, "en-US"));
        DisclaimerFixtures.createRule(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("deliv-rule"), offLabelKey,
                RuleCondition.INDICATION_STATUS_NOT_APPROVED, 20, ContentType.INDICATION));
        String tag = ClinicFixtures.uniqueSlug("deliv-ind");
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        String us = ClinicFixtures.create(ClinicFixtures.uniqueSlug("deliv-us")).slug();
        ClinicInput base = ClinicFixtures.input(ClinicFixtures.uniqueSlug("deliv-ca"));
        String canada = ClinicFixtures.create(new ClinicInput(base.slug(), base.name(), base.baseUrl(),
                base.articlePathTemplate(), List.of("en-CA"), "en-CA", "CA-ON", null, null, null)).slug();

        Response inUs = given().when().get("/v1/clinics/" + us + "/indications/" + indication);
        inUs.then().statusCode(200);
        ClinicIndication here = inUs.as(ClinicIndication.class);
        ClinicIndication there = given().when().get("/v1/clinics/" + canada + "/indications/" + indication).then()
                .statusCode(200).extract().as(ClinicIndication.class);

        assertThat(here.indication().slug()).isEqualTo(indication);
        assertThat(here.approvedHere()).isTrue();
        assertThat(here.statusHere()).extracting(RegulatoryStatusEntry::jurisdiction).containsExactly("US");
        assertThat(here.disclaimers()).extracting(ResolvedDisclaimer::key).doesNotContain(offLabelKey);
        assertThat(there.approvedHere()).isFalse();
        assertThat(there.statusHere()).isEmpty();
        assertThat(there.disclaimers()).extracting(ResolvedDisclaimer::key).contains(offLabelKey);
        assertThat(inUs.header("Surrogate-Key")).contains("clinic:" + us, "indication:" + indication,
                "treatment:" + tag + "-t", "condition:" + tag + "-c");
        given().header("If-None-Match", inUs.header("ETag")).when()
                .get("/v1/clinics/" + us + "/indications/" + indication).then().statusCode(304);
    }

    @Test
    void filters_a_clinics_indications_by_status_in_its_jurisdiction() {
        String tag = ClinicFixtures.uniqueSlug("deliv-f");
        String approved = CatalogFixtures.createIndicationWithParts(tag).slug();
        CatalogFixtures.createCondition(tag + "-palms");
        String offLabel = CatalogFixtures.createIndication(CatalogFixtures.indication(tag + "-off", tag + "-t",
                tag + "-palms", tag + "-r", List.of(CatalogFixtures.status("US", "Botox", RegulatoryStatus.OFF_LABEL))))
                .slug();
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("deliv-f")).slug();

        List<String> offLabelOnes = given().queryParam("treatment", tag + "-t").queryParam("status", "OFF_LABEL")
                .when().get("/v1/clinics/" + clinic + "/indications").then().statusCode(200).extract().jsonPath()
                .getList("items.indication.slug", String.class);
        List<String> all = given().queryParam("treatment", tag + "-t").when()
                .get("/v1/clinics/" + clinic + "/indications").then().statusCode(200).extract().jsonPath()
                .getList("items.indication.slug", String.class);

        assertThat(offLabelOnes).containsExactly(offLabel);
        assertThat(all).containsExactlyInAnyOrder(approved, offLabel);
        assertProblem(given().queryParam("status", "MAYBE").when().get("/v1/clinics/" + clinic + "/indications")
                .then(), ProblemType.INVALID_VALUE);
        assertProblem(given().when().get("/v1/clinics/" + tag + "-nowhere/indications").then(),
                ProblemType.NOT_FOUND);
    }
}
