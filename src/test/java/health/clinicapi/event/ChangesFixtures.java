package health.clinicapi.event;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import io.restassured.response.ValidatableResponse;

import health.clinicapi.support.Api;

/** Reading a clinic's changes feed the way a polling client does. */
public final class ChangesFixtures {

    private ChangesFixtures() {
    }

    public static String path(String clinic) {
        return "/v1/clinics/" + clinic + "/changes";
    }

    /** One poll: {@code since} null for the beginning. */
    public static ValidatableResponse poll(String clinic, String since, int limit) {
        Api.configure();
        var request = given().basePath("").queryParam("limit", limit);
        if (since != null) {
            request = request.queryParam("since", since);
        }
        return request.when().get(path(clinic)).then();
    }

    public static ChangesPage page(String clinic, String since, int limit) {
        return poll(clinic, since, limit).statusCode(200).extract().as(ChangesPage.class);
    }

    /** Every event from the beginning, following nextToken until nothing more follows. */
    public static List<Change> all(String clinic) {
        List<Change> seen = new ArrayList<>();
        String since = null;
        for (int i = 0; i < 1000; i++) {
            ChangesPage page = page(clinic, since, 100);
            seen.addAll(page.items());
            since = page.nextToken();
            if (!page.hasMore()) {
                return seen;
            }
        }
        throw new AssertionError("the feed of " + clinic + " never ended");
    }
}
