package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.restassured.response.Response;

import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Small builders for disclaimers and rules with unique keys, so tests never share or depend on data. */
public final class DisclaimerFixtures {

    private DisclaimerFixtures() {
    }

    public static String uniqueKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static DisclaimerInput input(String key, String locale) {
        return input(key, locale, "Title of " + key, null);
    }

    public static DisclaimerInput input(String key, String locale, String title, Instant effectiveFrom) {
        return new DisclaimerInput(key, DisclaimerKind.OTHER, locale, title, "The full text of " + key + ".",
                "Short " + key + ".", effectiveFrom);
    }

    public static String networkPath() {
        return "/v1/manage/disclaimers";
    }

    public static String clinicPath(String clinic) {
        return "/v1/manage/clinics/" + clinic + "/disclaimers";
    }

    /** Creates a network default (clinic null) or a clinic override and returns it as the API answered. */
    public static Disclaimer create(String clinic, DisclaimerInput input) {
        return post(clinic, input).then().statusCode(201).extract().as(Disclaimer.class);
    }

    public static Response post(String clinic, DisclaimerInput input) {
        Api.configure();
        return Keys.asAdmin().contentType("application/json").body(input)
                .when().post(clinic == null ? networkPath() : clinicPath(clinic));
    }

    public static DisclaimerRuleInput rule(String slug, String key, RuleCondition condition, int order,
            ContentType... types) {
        return new DisclaimerRuleInput(slug, key, Set.of(types), condition, null, null, order, true);
    }

    public static DisclaimerRuleInput statusRule(String slug, String key, int order, RegulatoryStatus... statuses) {
        return new DisclaimerRuleInput(slug, key, Set.of(ContentType.ARTICLE), RuleCondition.INDICATION_STATUS_IN,
                Set.of(statuses), null, order, true);
    }

    public static DisclaimerRule createRule(DisclaimerRuleInput input) {
        Api.configure();
        return Keys.asAdmin().contentType("application/json").body(input).when().post("/v1/manage/disclaimer-rules")
                .then().statusCode(201).extract().as(DisclaimerRule.class);
    }
}
