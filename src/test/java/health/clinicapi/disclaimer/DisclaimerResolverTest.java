package health.clinicapi.disclaimer;

import static health.clinicapi.disclaimer.DisclaimerFixtures.create;
import static health.clinicapi.disclaimer.DisclaimerFixtures.createRule;
import static health.clinicapi.disclaimer.DisclaimerFixtures.input;
import static health.clinicapi.disclaimer.DisclaimerFixtures.rule;
import static health.clinicapi.disclaimer.DisclaimerFixtures.uniqueKey;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/**
 * The resolver through its preview endpoint. Rules are network-wide and other tests add their own, so each test
 * gives its keys a unique marker and looks only at those.
 */
@QuarkusTest
class DisclaimerResolverTest {

    private String marker;
    private String clinic;

    @BeforeAll
    static void configure() {
        Api.configure();
    }

    @BeforeEach
    void setUp() {
        marker = uniqueKey("m");
        clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("resolve")).slug();
    }

    private String key(String name) {
        return name + "-" + marker;
    }

    private List<ResolvedDisclaimer> resolve(RequestSpecification request) {
        List<ResolvedDisclaimer> all = request.when().get("/v1/manage/clinics/" + clinic + "/disclaimers/resolved")
                .then().statusCode(200).extract().jsonPath().getList("items", ResolvedDisclaimer.class);
        return all.stream().filter(d -> d.key().endsWith(marker)).toList();
    }

    private void networkWithRule(String name, RuleCondition condition, int order, ContentType... types) {
        create(null, input(key(name), "en-US"));
        createRule(rule(uniqueKey(name), key(name), condition, order, types));
    }

    @Test
    void content_referencing_an_off_label_indication_gets_the_off_label_disclaimer() {
        networkWithRule("off-label", RuleCondition.INDICATION_STATUS_NOT_APPROVED, 20, ContentType.ARTICLE);

        var withOffLabel = resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("status", "APPROVED")
                .queryParam("status", "OFF_LABEL"));
        var approvedOnly = resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("status", "APPROVED"));
        var noStatusHere = resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("statusMissing", true));
        var otherType = resolve(Keys.asAdmin().queryParam("type", "SNIPPET").queryParam("status", "OFF_LABEL"));

        assertThat(withOffLabel).extracting(ResolvedDisclaimer::key).containsExactly(key("off-label"));
        assertThat(approvedOnly).isEmpty();
        assertThat(noStatusHere).extracting(ResolvedDisclaimer::key).containsExactly(key("off-label"));
        assertThat(otherType).isEmpty();
    }

    @Test
    void status_in_and_tag_rules_match_their_facts() {
        create(null, input(key("investigational"), "en-US"));
        createRule(DisclaimerFixtures.statusRule(uniqueKey("inv"), key("investigational"), 5,
                RegulatoryStatus.INVESTIGATIONAL));
        create(null, input(key("tagged"), "en-US"));
        createRule(new DisclaimerRuleInput(uniqueKey("tag"), key("tagged"), Set.of(ContentType.ARTICLE),
                RuleCondition.TAG, null, "insurance-" + marker, 6, true));

        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("status", "INVESTIGATIONAL")
                .queryParam("tag", "insurance-" + marker))).extracting(ResolvedDisclaimer::key)
                .containsExactly(key("investigational"), key("tagged"));
        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("status", "OFF_LABEL")))
                .isEmpty();
    }

    @Test
    void always_rules_skip_non_health_content() {
        networkWithRule("always", RuleCondition.ALWAYS, 10, ContentType.ARTICLE, ContentType.INDICATION);

        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("health", false))).isEmpty();
        assertThat(resolve(Keys.asAdmin().queryParam("type", "INDICATION"))).extracting(ResolvedDisclaimer::key)
                .containsExactly(key("always"));
    }

    @Test
    void orders_by_display_order_then_key_and_lists_a_key_once() {
        networkWithRule("b-second", RuleCondition.ALWAYS, 20, ContentType.ARTICLE);
        networkWithRule("c-first", RuleCondition.ALWAYS, 10, ContentType.ARTICLE);
        networkWithRule("a-tied", RuleCondition.ALWAYS, 20, ContentType.ARTICLE);
        createRule(rule(uniqueKey("again"), key("b-second"), RuleCondition.ALWAYS, 30, ContentType.ARTICLE));

        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE"))).extracting(ResolvedDisclaimer::key)
                .containsExactly(key("c-first"), key("a-tied"), key("b-second"));
    }

    @Test
    void ignores_disabled_rules() {
        create(null, input(key("disabled"), "en-US"));
        createRule(new DisclaimerRuleInput(uniqueKey("off"), key("disabled"), Set.of(ContentType.ARTICLE),
                RuleCondition.ALWAYS, null, null, 1, false));

        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE"))).isEmpty();
    }

    @Test
    void clinic_override_beats_network_default() {
        networkWithRule("override", RuleCondition.ALWAYS, 10, ContentType.ARTICLE);
        create(clinic, input(key("override"), "en-US", "Clinic title", null));

        var resolved = resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("locale", "en-US"));

        assertThat(resolved).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(DisclaimerSource.CLINIC);
            assertThat(d.title()).isEqualTo("Clinic title");
            assertThat(d.version()).isEqualTo(1);
        });
    }

    @Test
    void falls_back_from_locale_to_language_to_clinic_default_to_english() {
        String name = "fallback";
        create(null, input(key(name), "en", "English", null));
        createRule(rule(uniqueKey(name), key(name), RuleCondition.ALWAYS, 10, ContentType.ARTICLE));
        // The test clinic's default locale is en-US.
        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("locale", "fr-CA")))
                .extracting(ResolvedDisclaimer::locale).containsExactly("en");

        create(null, input(key(name), "en-US", "American", null));
        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("locale", "fr-CA")))
                .extracting(ResolvedDisclaimer::locale).containsExactly("en-US");

        create(null, input(key(name), "es", "Spanish", null));
        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("locale", "es-MX")))
                .extracting(ResolvedDisclaimer::locale).containsExactly("es");

        create(null, input(key(name), "es-MX", "Mexican", null));
        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("locale", "es-MX")))
                .extracting(ResolvedDisclaimer::title).containsExactly("Mexican");
    }

    @Test
    void skips_a_rule_whose_disclaimer_has_no_text_in_any_fallback_locale() {
        networkWithRule("exists", RuleCondition.ALWAYS, 10, ContentType.ARTICLE);
        create(null, input(key("german-only"), "de-DE"));
        createRule(rule(uniqueKey("german"), key("german-only"), RuleCondition.ALWAYS, 5, ContentType.ARTICLE));

        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("locale", "en-US")))
                .extracting(ResolvedDisclaimer::key).containsExactly(key("exists"));
    }

    @Test
    void picks_the_version_in_effect_at_the_requested_instant() {
        networkWithRule("timed", RuleCondition.ALWAYS, 10, ContentType.ARTICLE);
        String id = Keys.asAdmin().queryParam("key", key("timed")).when().get("/v1/manage/disclaimers").then()
                .statusCode(200).extract().path("items[0].id");
        Instant future = Instant.now().plus(10, ChronoUnit.DAYS);
        Keys.asAdmin().contentType("application/json").header("If-Match", "\"0\"")
                .body(new DisclaimerVersionInput("Later", "Later text.", "Later.", future))
                .when().post("/v1/manage/disclaimers/" + id + "/versions").then().statusCode(201);

        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE"))).extracting(ResolvedDisclaimer::version)
                .containsExactly(1);
        assertThat(resolve(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("at",
                future.plusSeconds(1).toString()))).extracting(ResolvedDisclaimer::title).containsExactly("Later");
    }

    @Test
    void another_clinics_key_gets_404_and_a_content_reader_of_the_clinic_may_preview() {
        String other = ClinicFixtures.create(ClinicFixtures.uniqueSlug("resolve-other")).slug();
        String keyOfOther = Keys.create(other, "clinic:admin", "content:read");
        String reader = Keys.create(clinic, "content:read");

        assertProblem(Keys.as(keyOfOther).queryParam("type", "ARTICLE").when()
                .get("/v1/manage/clinics/" + clinic + "/disclaimers/resolved").then(), ProblemType.NOT_FOUND);
        assertThat(resolve(Keys.as(reader).queryParam("type", "ARTICLE"))).isEmpty();
    }

    @Test
    void refuses_unknown_status_and_bad_instant_with_400() {
        assertProblem(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("status", "MAYBE").when()
                .get("/v1/manage/clinics/" + clinic + "/disclaimers/resolved").then(), ProblemType.INVALID_VALUE);
        assertProblem(Keys.asAdmin().queryParam("type", "ARTICLE").queryParam("at", "yesterday").when()
                .get("/v1/manage/clinics/" + clinic + "/disclaimers/resolved").then(), ProblemType.VALIDATION_FAILED);
    }
}
