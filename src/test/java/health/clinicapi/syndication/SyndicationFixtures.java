package health.clinicapi.syndication;

import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Small builders for grants, placements and rules, made by the network admin unless a test says otherwise. */
public final class SyndicationFixtures {

    private SyndicationFixtures() {
    }

    public static String placementsPath(String target) {
        return "/v1/manage/clinics/" + target + "/syndications";
    }

    public static String rulesPath(String origin) {
        return "/v1/manage/clinics/" + origin + "/syndication-rules";
    }

    public static Grant grant(String origin, String target) {
        Api.configure();
        return Keys.asAdmin().contentType(ContentType.JSON).body(new GrantInput(origin, target)).when()
                .post("/v1/manage/syndication-grants").then().statusCode(201).extract().as(Grant.class);
    }

    public static ValidatableResponse postPlacement(String target, PlacementInput input) {
        Api.configure();
        return Keys.asAdmin().contentType(ContentType.JSON).body(input).when().post(placementsPath(target)).then();
    }

    public static Placement place(String target, String origin, String article, PlacementOverrides overrides) {
        return postPlacement(target, new PlacementInput(origin, article, null, overrides)).statusCode(201).extract()
                .as(Placement.class);
    }

    public static ValidatableResponse putPlacement(String target, Placement placement, PlacementUpdate update) {
        return Keys.asAdmin().contentType(ContentType.JSON).header("If-Match", "\"" + placement.version() + "\"")
                .body(update).when().put(placementsPath(target) + "/" + placement.id()).then();
    }

    public static SyndicationRule rule(String origin, String tag, String... targets) {
        Api.configure();
        return Keys.asAdmin().contentType(ContentType.JSON).body(new RuleInput(tag, List.of(targets))).when()
                .post(rulesPath(origin)).then().statusCode(201).extract().as(SyndicationRule.class);
    }

    public static List<Placement> placements(String target) {
        return Keys.asAdmin().queryParam("limit", 100).when().get(placementsPath(target)).then().statusCode(200)
                .extract().as(Placements.class).items();
    }

    /** A page of placements as the API answers it. */
    public record Placements(List<Placement> items, String nextCursor) {
    }
}
