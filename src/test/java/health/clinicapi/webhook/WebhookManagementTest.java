package health.clinicapi.webhook;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Keys;

/** Subscriptions through the management API: create, read, list, replace, delete, rotate, and what is refused. */
@QuarkusTest
class WebhookManagementTest {

    private static final String URL = "http://127.0.0.1:9/hook";

    @Inject
    DataSource dataSource;

    private static String clinic() {
        return ClinicFixtures.create(ClinicFixtures.uniqueSlug("hooks")).slug();
    }

    @Test
    void creates_a_webhook_with_location_and_a_secret_shown_once() throws Exception {
        String clinic = clinic();

        var response = Keys.asAdmin().contentType(ContentType.JSON)
                .body(new WebhookInput(URL, Set.of("article.published", "indication.updated"), null, 60, "Rebuild"))
                .when().post(WebhookFixtures.path(clinic)).then().statusCode(201);
        WebhookWithSecret created = response.extract().as(WebhookWithSecret.class);

        assertThat(created.secret()).matches("whsec_[A-Za-z0-9+/]{43}=");
        Webhook webhook = created.webhook();
        assertThat(response.extract().header("Location")).endsWith(WebhookFixtures.path(clinic) + "/" + webhook.id());
        assertThat(webhook.events()).containsExactlyInAnyOrder("article.published", "indication.updated");
        assertThat(webhook.status()).isEqualTo(WebhookStatus.ACTIVE);
        assertThat(webhook.debounceSeconds()).isEqualTo(60);
        assertThat(webhook.clinic()).isEqualTo(clinic);
        String read = Keys.asAdmin().when().get(WebhookFixtures.path(clinic) + "/" + webhook.id()).then()
                .statusCode(200).header("ETag", "\"" + webhook.version() + "\"").extract().asString();
        String listed = Keys.asAdmin().when().get(WebhookFixtures.path(clinic)).then().statusCode(200).extract()
                .asString();
        assertThat(read).doesNotContain(created.secret()).doesNotContain("secret\"");
        assertThat(listed).contains(webhook.id().toString()).doesNotContain(created.secret());
        assertThat(storedSecret(webhook)).startsWith("v1:").doesNotContain(created.secret().substring(6));
    }

    @Test
    void lists_webhooks_newest_first_a_page_at_a_time() {
        String clinic = clinic();
        WebhookWithSecret older = WebhookFixtures.create(clinic, WebhookFixtures.input(URL, "article.published"));
        WebhookWithSecret newer = WebhookFixtures.create(clinic, WebhookFixtures.input(URL, "article.updated"));

        WebhookPage first = Keys.asAdmin().queryParam("limit", 1).when().get(WebhookFixtures.path(clinic)).then()
                .statusCode(200).extract().as(WebhookPage.class);
        WebhookPage second = Keys.asAdmin().queryParam("limit", 1).queryParam("cursor", first.nextCursor()).when()
                .get(WebhookFixtures.path(clinic)).then().statusCode(200).extract().as(WebhookPage.class);

        assertThat(first.items()).extracting(Webhook::id).containsExactly(newer.webhook().id());
        assertThat(second.items()).extracting(Webhook::id).containsExactly(older.webhook().id());
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void replaces_a_webhook_with_if_match_and_refuses_stale_or_missing_versions() {
        String clinic = clinic();
        Webhook webhook = WebhookFixtures.create(clinic, WebhookFixtures.input(URL, "article.published")).webhook();
        String path = WebhookFixtures.path(clinic) + "/" + webhook.id();
        WebhookInput change = new WebhookInput(URL, Set.of("article.unpublished"), WebhookStatus.DISABLED, null,
                "Paused");

        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body(change).when().put(path).then(),
                ProblemType.PRECONDITION_REQUIRED);
        Webhook replaced = Keys.asAdmin().contentType(ContentType.JSON).body(change)
                .header("If-Match", "\"" + webhook.version() + "\"").when().put(path).then().statusCode(200)
                .extract().as(Webhook.class);
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body(change)
                .header("If-Match", "\"" + webhook.version() + "\"").when().put(path).then(),
                ProblemType.PRECONDITION_FAILED);

        assertThat(replaced.events()).containsExactly("article.unpublished");
        assertThat(replaced.status()).isEqualTo(WebhookStatus.DISABLED);
        assertThat(replaced.description()).isEqualTo("Paused");
        assertThat(replaced.version()).isGreaterThan(webhook.version());
    }

    @Test
    void deletes_a_webhook_with_if_match() {
        String clinic = clinic();
        Webhook webhook = WebhookFixtures.create(clinic, WebhookFixtures.input(URL, "article.published")).webhook();
        String path = WebhookFixtures.path(clinic) + "/" + webhook.id();

        Keys.asAdmin().header("If-Match", "\"" + webhook.version() + "\"").when().delete(path).then().statusCode(204);

        assertProblem(Keys.asAdmin().when().get(path).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void rotates_the_secret_and_shows_the_new_one_once() throws Exception {
        String clinic = clinic();
        WebhookWithSecret created = WebhookFixtures.create(clinic, WebhookFixtures.input(URL, "article.published"));
        String path = WebhookFixtures.path(clinic) + "/" + created.webhook().id() + "/secret";

        assertProblem(Keys.asAdmin().when().post(path).then(), ProblemType.PRECONDITION_REQUIRED);
        WebhookWithSecret rotated = Keys.asAdmin().header("If-Match", "\"" + created.webhook().version() + "\"")
                .when().post(path).then().statusCode(200).extract().as(WebhookWithSecret.class);

        assertThat(rotated.secret()).startsWith("whsec_").isNotEqualTo(created.secret());
        assertThat(rotated.webhook().previousSecretExpiresAt()).isNotNull();
        assertThat(storedSecret(rotated.webhook())).doesNotContain(rotated.secret().substring(6));
    }

    @Test
    void refuses_unknown_event_types_with_400_listing_them() {
        Problem problem = assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                .body(WebhookFixtures.input(URL, "article.published", "article.exploded")).when()
                .post(WebhookFixtures.path(clinic())).then(), ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("events");
            assertThat(error.message()).contains("article.exploded");
        });
    }

    @Test
    void refuses_private_and_non_https_targets_and_changes_nothing() {
        String clinic = clinic();
        for (String url : List.of("https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "https://localhost/hook", "http://hooks.example.com/hook", "file:///etc/passwd",
                "javascript:alert(1)")) {
            Problem problem = assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                    .body(WebhookFixtures.input(url, "article.published")).when().post(WebhookFixtures.path(clinic))
                    .then(), ProblemType.VALIDATION_FAILED);
            assertThat(problem.errors()).as(url).extracting(Problem.FieldError::field).containsExactly("url");
        }
        assertThat(Keys.asAdmin().when().get(WebhookFixtures.path(clinic)).then().statusCode(200).extract()
                .as(WebhookPage.class).items()).isEmpty();
    }

    @Test
    void returns_404_problem_for_an_unknown_webhook_or_delivery() {
        String clinic = clinic();
        String unknown = java.util.UUID.randomUUID().toString();

        assertProblem(Keys.asAdmin().when().get(WebhookFixtures.path(clinic) + "/" + unknown).then(),
                ProblemType.NOT_FOUND);
        assertProblem(Keys.asAdmin().when().get("/v1/manage/clinics/" + clinic + "/webhook-deliveries/" + unknown)
                .then(), ProblemType.NOT_FOUND);
    }

    private String storedSecret(Webhook webhook) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("select secret from webhook_subscription where id = ?")) {
            query.setObject(1, webhook.id());
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
