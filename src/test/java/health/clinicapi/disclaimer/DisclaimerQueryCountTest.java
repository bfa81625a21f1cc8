package health.clinicapi.disclaimer;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;
import health.clinicapi.support.Statements;

/**
 * Disclaimer lists, delivered and managed, cost as many SQL statements for many disclaimers as for few: nothing is
 * queried per disclaimer (issue 7, item 6).
 */
@QuarkusTest
class DisclaimerQueryCountTest {

    private static final int FEW = 2;
    private static final int MANY = 20;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void a_clinic_site_and_its_overrides_cost_as_many_statements_for_many_disclaimers_as_for_few() {
        String clinic = ClinicFixtures.create(uniqueSlug("dq")).slug();
        addOverrides(clinic, FEW);
        int shownWithFew = site(clinic, "first");
        long siteWithFew = Statements.of(token -> assertThat(site(clinic, token)).isEqualTo(shownWithFew));
        long overridesFew = Statements.of(token -> assertThat(overrides(clinic)).isEqualTo(FEW));
        addOverrides(clinic, MANY - FEW);
        long siteWithMany = Statements
                .of(token -> assertThat(site(clinic, token)).isEqualTo(shownWithFew + MANY - FEW));
        long overridesMany = Statements.of(token -> assertThat(overrides(clinic)).isEqualTo(MANY));

        assertThat(siteWithFew).isPositive();
        assertThat(siteWithMany).isEqualTo(siteWithFew);
        assertThat(overridesFew).isPositive();
        assertThat(overridesMany).isEqualTo(overridesFew);
    }

    @Test
    void the_rule_list_costs_as_many_statements_for_many_rules_as_for_few() {
        String key = DisclaimerFixtures.uniqueKey("dq-r");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(key, "en-US"));
        for (int i = 0; i < MANY; i++) {
            // Disabled, so that no other test's content carries them; rules are network-wide.
            DisclaimerFixtures.createRule(new DisclaimerRuleInput(key + "-" + i, key, Set.of(ContentType.ARTICLE),
                    RuleCondition.TAG, null, key, 10, false));
        }
        // Rules are shared by every test, so a page of few and a page of many differ in their limit only.
        long few = Statements.of(token -> assertThat(rules(FEW)).isEqualTo(FEW));
        long many = Statements.of(token -> assertThat(rules(MANY)).isEqualTo(MANY));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    /** Overrides of keys of their own, each with two versions (the second not yet in effect). */
    private static void addOverrides(String clinic, int count) {
        for (int i = 0; i < count; i++) {
            Disclaimer created = DisclaimerFixtures.create(clinic,
                    DisclaimerFixtures.input(DisclaimerFixtures.uniqueKey("dq-o"), "en-US"));
            Keys.asAdmin().contentType("application/json").header("If-Match", "\"" + created.version() + "\"")
                    .body(new DisclaimerVersionInput("Later title", "Later text.", "Later.",
                            Instant.now().plusSeconds(86_400)))
                    .when().post(DisclaimerFixtures.clinicPath(clinic) + "/" + created.id() + "/versions").then()
                    .statusCode(201);
        }
    }

    /** How many disclaimers the clinic's site shows; the token keeps delivery's cache out of the way. */
    private static int site(String clinic, String token) {
        return given().queryParam("attempt", token).when().get("/v1/clinics/" + clinic + "/disclaimers").then()
                .statusCode(200).extract().as(ResolvedDisclaimers.class).items().size();
    }

    private static int overrides(String clinic) {
        return Keys.asAdmin().queryParam("limit", 100).when().get(DisclaimerFixtures.clinicPath(clinic)).then()
                .statusCode(200).extract().as(DisclaimerPage.class).items().size();
    }

    private static int rules(int limit) {
        return Keys.asAdmin().queryParam("limit", limit).when().get("/v1/manage/disclaimer-rules").then()
                .statusCode(200).extract().as(DisclaimerRulePage.class).items().size();
    }
}
