package health.clinicapi.disclaimer;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** An indication's disclaimers follow its regulatory status in the clinic's own jurisdiction. */
@QuarkusTest
class IndicationDisclaimersTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void an_off_label_indication_carries_the_off_label_disclaimer_and_an_approved_one_does_not() {
        String offLabelKey = DisclaimerFixtures.uniqueKey("ind-off-label");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(offLabelKey, "en-US"));
        DisclaimerFixtures.createRule(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("ind-rule"), offLabelKey,
                RuleCondition.INDICATION_STATUS_NOT_APPROVED, 20, ContentType.INDICATION));
        String tag = ClinicFixtures.uniqueSlug("ind");
        String approved = CatalogFixtures.createIndicationWithParts(tag).slug();
        CatalogFixtures.createCondition(tag + "-palms");
        String offLabel = CatalogFixtures.createIndication(CatalogFixtures.indication(tag + "-palms-i", tag + "-t",
                tag + "-palms", tag + "-r", List.of(CatalogFixtures.status("US", "Botox", RegulatoryStatus.OFF_LABEL))))
                .slug();
        String usClinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("ind-us")).slug();
        ClinicInput base = ClinicFixtures.input(ClinicFixtures.uniqueSlug("ind-ca"));
        String canadianClinic = ClinicFixtures.create(new ClinicInput(base.slug(), base.name(), base.baseUrl(),
                base.articlePathTemplate(), List.of("en-US"), "en-US", "CA-ON", null, null, null)).slug();

        assertThat(keys(usClinic, offLabel)).contains(offLabelKey);
        assertThat(keys(usClinic, approved)).doesNotContain(offLabelKey);
        // No status recorded in Canada: not approved there, so the disclaimer travels with it.
        assertThat(keys(canadianClinic, approved)).contains(offLabelKey);
    }

    @Test
    void a_required_disclaimer_travels_in_a_regional_variant_when_no_text_exists_in_the_clinics_locale() {
        String key = DisclaimerFixtures.uniqueKey("ind-regional");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(key, "en-US"));
        DisclaimerFixtures.createRule(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("ind-regional-rule"), key,
                RuleCondition.ALWAYS, 5, ContentType.INDICATION));
        String indication = CatalogFixtures.createIndicationWithParts(ClinicFixtures.uniqueSlug("ind-reg")).slug();
        ClinicInput base = ClinicFixtures.input(ClinicFixtures.uniqueSlug("ind-quebec"));
        String quebec = ClinicFixtures.create(new ClinicInput(base.slug(), base.name(), base.baseUrl(),
                base.articlePathTemplate(), List.of("fr-CA"), "fr-CA", "CA-QC", null, null, null)).slug();

        List<ResolvedDisclaimer> resolved = Keys.asAdmin().when().get(path(quebec, indication)).then()
                .statusCode(200).extract().as(ResolvedDisclaimers.class).items();

        assertThat(resolved).filteredOn(d -> d.key().equals(key)).singleElement()
                .satisfies(d -> assertThat(d.locale()).isEqualTo("en-US"));
    }

    @Test
    void a_clinic_key_cannot_resolve_for_another_clinic_and_unknown_indications_are_404() {
        String tag = ClinicFixtures.uniqueSlug("ind-ten");
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        String mine = ClinicFixtures.create(ClinicFixtures.uniqueSlug("ind-mine")).slug();
        String other = ClinicFixtures.create(ClinicFixtures.uniqueSlug("ind-other")).slug();
        String key = Keys.create(mine, "content:read");

        Keys.as(key).when().get(path(mine, indication)).then().statusCode(200);
        assertProblem(Keys.as(key).when().get(path(other, indication)).then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.as(key).when().get(path(mine, "no-such-indication")).then(), ProblemType.NOT_FOUND);
    }

    private static List<String> keys(String clinic, String indication) {
        return Keys.asAdmin().when().get(path(clinic, indication)).then().statusCode(200).extract()
                .as(ResolvedDisclaimers.class).items().stream().map(ResolvedDisclaimer::key).toList();
    }

    private static String path(String clinic, String indication) {
        return "/v1/manage/clinics/" + clinic + "/indications/" + indication + "/disclaimers";
    }
}
