package health.clinicapi.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.fasterxml.jackson.databind.JsonNode;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/**
 * Two replicas of the packaged service on one PostgreSQL database, each with its own delivery cache: an edit through
 * one is served by the other within a second (PostgreSQL LISTEN/NOTIFY). Runs after {@code package}, on PostgreSQL
 * only (CI's second pass), since replicas share nothing but the database.
 */
@EnabledIfEnvironmentVariable(named = DatabaseProxyResource.URL_VARIABLE, matches = "jdbc:postgresql:.*")
class ReplicaCoherenceIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Process> REPLICAS = new ArrayList<>();
    private static String first;
    private static String second;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        first = start("replica-a");
        second = start("replica-b");
        awaitReady(first);
        awaitReady(second);
    }

    @AfterAll
    static void stopReplicas() {
        REPLICAS.forEach(Process::destroy);
    }

    @Test
    void an_edit_through_one_replica_is_served_by_the_other_within_a_second() throws Exception {
        String slug = ClinicFixtures.uniqueSlug("replica");
        ClinicInput input = ClinicFixtures.input(slug);
        HttpResponse<String> created = send(first, "POST", "/v1/manage/clinics", null,
                Api.JSON.writeValueAsString(input));
        assertThat(created.statusCode()).isEqualTo(201);
        long version = Api.JSON.readTree(created.body()).get("version").asLong();
        assertThat(send(second, "GET", "/v1/clinics/" + slug, null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> cached = send(second, "GET", "/v1/clinics/" + slug, null, null);
        assertThat(cached.headers().firstValue(DeliveryCacheFilter.STATUS_HEADER)).as("the second replica cached it")
                .hasValue("HIT");

        ClinicInput renamed = ClinicFixtures.withName(input, "Renamed on the first replica");
        HttpResponse<String> updated = send(first, "PUT", "/v1/manage/clinics/" + slug, "\"" + version + "\"",
                Api.JSON.writeValueAsString(renamed));
        assertThat(updated.statusCode()).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        String served;
        do {
            JsonNode clinic = Api.JSON.readTree(send(second, "GET", "/v1/clinics/" + slug, null, null).body());
            served = clinic.get("name").asText();
        } while (!served.equals("Renamed on the first replica") && System.nanoTime() < deadline);
        assertThat(served).as("what the second replica serves within a second of the edit")
                .isEqualTo("Renamed on the first replica");
    }

    @Test
    void a_disclaimer_added_through_one_replica_is_resolved_by_the_other_within_a_second() throws Exception {
        // The second replica resolves disclaimers against rules and texts it keeps in memory (DisclaimerSnapshot):
        // asking for a key first loads that copy without it; the first replica's notice must make it read again.
        String slug = ClinicFixtures.uniqueSlug("replica-disclaimer");
        assertThat(send(first, "POST", "/v1/manage/clinics", null,
                Api.JSON.writeValueAsString(ClinicFixtures.input(slug))).statusCode()).isEqualTo(201);
        String key = DisclaimerFixtures.uniqueKey("replica");
        String path = "/v1/clinics/" + slug + "/disclaimers/" + key;
        assertThat(send(second, "GET", path, null, null).statusCode()).as("not there yet").isEqualTo(404);

        HttpResponse<String> created = send(first, "POST", DisclaimerFixtures.networkPath(), null,
                Api.JSON.writeValueAsString(DisclaimerFixtures.input(key, "en-US")));
        assertThat(created.statusCode()).isEqualTo(201);

        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        int status;
        int attempt = 0;
        do {
            // A URI of its own each time: only the resolution is judged, never a stored response.
            status = send(second, "GET", path + "?attempt=" + attempt++, null, null).statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("what the second replica answers within a second of the new disclaimer")
                .isEqualTo(200);
    }

    @Test
    void a_clinic_renamed_through_one_replica_is_named_so_in_the_other_replicas_articles_within_a_second()
            throws Exception {
        // The second replica builds articles against clinics and the catalog it keeps in memory (DeliveryReferences);
        // each read below has a URI of its own, so only that copy is judged, never a stored response.
        String slug = ClinicFixtures.uniqueSlug("replica-refs");
        ClinicInput input = ClinicFixtures.input(slug);
        HttpResponse<String> clinic = send(first, "POST", "/v1/manage/clinics", null,
                Api.JSON.writeValueAsString(input));
        assertThat(clinic.statusCode()).isEqualTo(201);
        assertThat(send(first, "POST", "/v1/manage/people", null,
                Api.JSON.writeValueAsString(CatalogFixtures.person(slug + "-r", true))).statusCode()).isEqualTo(201);
        String articles = "/v1/manage/clinics/" + slug + "/articles";
        HttpResponse<String> draft = send(first, "POST", articles, null,
                Api.JSON.writeValueAsString(ArticleFixtures.publishable(slug + "-a", slug + "-r")));
        assertThat(draft.statusCode()).isEqualTo(201);
        String etag = "\"" + Api.JSON.readTree(draft.body()).get("version").asLong() + "\"";
        assertThat(send(first, "POST", articles + "/" + slug + "-a/publish", etag, null).statusCode()).isEqualTo(200);
        String path = "/v1/clinics/" + slug + "/articles/" + slug + "-a?attempt=";
        assertThat(Api.JSON.readTree(send(second, "GET", path + "first", null, null).body())
                .at("/jsonLd/publisher/name").asText()).isEqualTo(input.name());

        ClinicInput renamed = ClinicFixtures.withName(input, "Renamed for the other replica");
        long version = Api.JSON.readTree(clinic.body()).get("version").asLong();
        assertThat(send(first, "PUT", "/v1/manage/clinics/" + slug, "\"" + version + "\"",
                Api.JSON.writeValueAsString(renamed)).statusCode()).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        String publisher;
        int attempt = 0;
        do {
            publisher = Api.JSON.readTree(send(second, "GET", path + attempt++, null, null).body())
                    .at("/jsonLd/publisher/name").asText();
        } while (!publisher.equals(renamed.name()) && System.nanoTime() < deadline);
        assertThat(publisher).as("the publisher the second replica names within a second of the rename")
                .isEqualTo(renamed.name());
    }

    private static String start(String name) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + System.getenv(DatabaseProxyResource.URL_VARIABLE),
                "-Dclinicapi.demo.enabled=false", "-Dclinicapi.rate-limit.enabled=false",
                "-Dclinicapi.security.bootstrap-key=" + Keys.ADMIN,
                "-Dclinicapi.security.generate-bootstrap-key=false", "-jar", System.getProperty("quarkus.app"))
                .redirectErrorStream(true).redirectOutput(new File("target/" + name + ".log"));
        REPLICAS.add(builder.start());
        return "http://127.0.0.1:" + port;
    }

    private static void awaitReady(String base) throws Exception {
        for (int attempt = 0; attempt < 360; attempt++) {
            try {
                if (send(base, "GET", "/q/health/ready", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(base + " did not become ready; see target/replica-*.log");
    }

    private static HttpResponse<String> send(String base, String method, String path, String ifMatch, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (path.startsWith("/v1/manage")) {
            request.header("Authorization", "Bearer " + Keys.ADMIN).header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
