package health.clinicapi.disclaimer;

import static health.clinicapi.disclaimer.DisclaimerFixtures.create;
import static health.clinicapi.disclaimer.DisclaimerFixtures.createRule;
import static health.clinicapi.disclaimer.DisclaimerFixtures.input;
import static health.clinicapi.disclaimer.DisclaimerFixtures.rule;
import static health.clinicapi.disclaimer.DisclaimerFixtures.uniqueKey;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditEntry;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
class DisclaimerRuleResourceTest {

    private static final String RULES = "/v1/manage/disclaimer-rules";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void creates_reads_replaces_and_deletes_a_rule_with_if_match() {
        String key = uniqueKey("rule-crud");
        create(null, input(key, "en-US"));
        String slug = uniqueKey("crud");

        Response created = Keys.asAdmin().contentType("application/json")
                .body(rule(slug, key, RuleCondition.ALWAYS, 10, ContentType.ARTICLE)).when().post(RULES);
        created.then().statusCode(201).header("ETag", "\"0\"");
        assertThat(created.header("Location")).endsWith(RULES + "/" + slug);
        DisclaimerRule rule = created.as(DisclaimerRule.class);
        assertThat(rule.enabled()).isTrue();
        assertThat(rule.appliesTo()).containsExactly(ContentType.ARTICLE);

        var changed = DisclaimerFixtures.statusRule(slug, key, 15, RegulatoryStatus.OFF_LABEL,
                RegulatoryStatus.INVESTIGATIONAL);
        assertProblem(Keys.asAdmin().contentType("application/json").body(changed).when().put(RULES + "/" + slug)
                .then(), ProblemType.PRECONDITION_REQUIRED);
        DisclaimerRule replaced = Keys.asAdmin().contentType("application/json").header("If-Match", "\"0\"")
                .body(changed).when().put(RULES + "/" + slug).then().statusCode(200).header("ETag", "\"1\"")
                .extract().as(DisclaimerRule.class);
        assertThat(replaced.condition()).isEqualTo(RuleCondition.INDICATION_STATUS_IN);
        assertThat(replaced.statuses()).containsExactlyInAnyOrder(RegulatoryStatus.OFF_LABEL,
                RegulatoryStatus.INVESTIGATIONAL);
        assertThat(Keys.asAdmin().when().get(RULES + "/" + slug).then().statusCode(200).extract()
                .as(DisclaimerRule.class)).isEqualTo(replaced);

        assertProblem(Keys.asAdmin().header("If-Match", "\"0\"").when().delete(RULES + "/" + slug).then(),
                ProblemType.PRECONDITION_FAILED);
        Keys.asAdmin().header("If-Match", "\"1\"").when().delete(RULES + "/" + slug).then().statusCode(204);
        assertProblem(Keys.asAdmin().when().get(RULES + "/" + slug).then(), ProblemType.NOT_FOUND);

        List<AuditEntry> audit = Keys.asAdmin().queryParam("resource", "disclaimer-rule").queryParam("limit", 100)
                .when().get("/v1/manage/audit-entries").then().statusCode(200).extract().jsonPath()
                .getList("items", AuditEntry.class);
        assertThat(audit).filteredOn(e -> e.resourceId().equals(rule.id())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.DELETED, AuditAction.UPDATED, AuditAction.CREATED);
    }

    @Test
    void refuses_a_rule_for_a_key_without_network_default_with_422() {
        String clinic = health.clinicapi.clinic.ClinicFixtures
                .create(health.clinicapi.clinic.ClinicFixtures.uniqueSlug("rule-422")).slug();
        String key = uniqueKey("only-override");
        create(clinic, input(key, "en-US"));

        Problem problem = assertProblem(Keys.asAdmin().contentType("application/json")
                .body(rule(uniqueKey("r"), key, RuleCondition.ALWAYS, 1, ContentType.ARTICLE)).when().post(RULES)
                .then(), ProblemType.UNPROCESSABLE);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("disclaimerKey");
    }

    @Test
    void refuses_condition_arguments_that_do_not_fit_and_lists_each() {
        String key = uniqueKey("rule-args");
        create(null, input(key, "en-US"));
        var bad = new DisclaimerRuleInput(uniqueKey("bad"), key, Set.of(ContentType.ARTICLE),
                RuleCondition.INDICATION_STATUS_IN, null, "some-tag", 1, true);

        Problem problem = assertProblem(Keys.asAdmin().contentType("application/json").body(bad).when().post(RULES)
                .then(), ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("statuses", "tag");
    }

    @Test
    void refuses_a_taken_slug_with_409() {
        String key = uniqueKey("rule-dup");
        create(null, input(key, "en-US"));
        var input = rule(uniqueKey("dup"), key, RuleCondition.ALWAYS, 1, ContentType.ARTICLE);
        createRule(input);

        assertProblem(Keys.asAdmin().contentType("application/json").body(input).when().post(RULES).then(),
                ProblemType.CONFLICT);
    }

    @Test
    void refuses_unknown_condition_with_400() {
        String body = "{\"slug\": \"x-1\", \"disclaimerKey\": \"k\", \"appliesTo\": [\"ARTICLE\"], "
                + "\"condition\": \"SOMETIMES\", \"displayOrder\": 1}";

        assertProblem(Keys.asAdmin().contentType("application/json").body(body).when().post(RULES).then(),
                ProblemType.INVALID_VALUE);
    }
}
