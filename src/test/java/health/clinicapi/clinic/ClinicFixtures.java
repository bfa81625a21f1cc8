package health.clinicapi.clinic;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Small builders for clinics with unique slugs, so tests never share or depend on data. */
public final class ClinicFixtures {

    private ClinicFixtures() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ClinicInput input(String slug) {
        return new ClinicInput(slug, "Clinic " + slug, "https://" + slug + ".example", "/articles/{slug}",
                List.of("en-US", "es-US"), "en-US", "US",
                new Contact("desk@" + slug + ".example", "+1 555 0100", "1 Main St", "Springfield", "OR", "97477",
                        "US"),
                Map.of("bookingUrl", "https://" + slug + ".example/book"), List.of("https://" + slug + ".example"));
    }

    /** The same clinic input under another name: what a test sends to rename a clinic. */
    public static ClinicInput withName(ClinicInput input, String name) {
        return new ClinicInput(input.slug(), name, input.baseUrl(), input.articlePathTemplate(), input.locales(),
                input.defaultLocale(), input.jurisdiction(), input.contact(), input.variables(),
                input.allowedOrigins());
    }

    /** Creates a clinic (whatever base path the calling test set) through the management API and returns it as the API answered. */
    public static Clinic create(String slug) {
        return create(input(slug));
    }

    /** Creates this clinic through the management API and returns it as the API answered. */
    public static Clinic create(ClinicInput input) {
        Api.configure();
        return Keys.asAdmin().contentType(ContentType.JSON).body(input)
                .when().post("/v1/manage/clinics")
                .then().statusCode(201).extract().as(Clinic.class);
    }
}
