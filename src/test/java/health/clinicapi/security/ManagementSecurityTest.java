package health.clinicapi.security;

import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.Indication;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.DisclaimerVersionInput;
import health.clinicapi.disclaimer.RuleCondition;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;
import health.clinicapi.support.OpenApiResponseFilter;

/**
 * Walks every management operation of the served OpenAPI document, so a new endpoint is covered the day it appears,
 * and proves each refuses a missing key (401), a key without the scope (403) and another clinic's key (404), with
 * nothing changed in the database by any refused call.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementSecurityTest {

    /** Scopes a clinic key can hold (network:admin and catalog:write are for network keys only). */
    private static final List<String> GRANTABLE = List.of("content:read", "content:write", "content:publish",
            "clinic:admin");

    private static final DisclaimerVersionInput NEW_VERSION = new DisclaimerVersionInput("Walker", "Walker text.",
            "Walker.", null);

    /** A clinic export with nothing in it: valid, so a refused import is refused for its key alone. */
    private static final String EMPTY_EXPORT = """
            {"format": "clinic-content-export", "formatVersion": 1, "disclaimers": [], "articles": []}""";

    /** A valid request body for each operation that takes one: a refusal must not be a validation error. */
    private static final Map<String, Function<Fixture, String>> BODIES = Map.ofEntries(
            Map.entry("POST /v1/manage/clinics", f -> json(ClinicFixtures.input(ClinicFixtures.uniqueSlug("walk")))),
            Map.entry("PUT /v1/manage/clinics/{slug}", f -> json(ClinicFixtures.input(f.clinicA()))),
            Map.entry("POST /v1/manage/api-keys",
                    f -> "{\"name\": \"walker\", \"clinic\": \"" + f.clinicA()
                            + "\", \"scopes\": [\"content:read\"]}"),
            Map.entry("POST /v1/manage/people",
                    f -> json(CatalogFixtures.person(ClinicFixtures.uniqueSlug("walk"), true))),
            Map.entry("PUT /v1/manage/people/{slug}", f -> json(CatalogFixtures.person(f.person(), true))),
            Map.entry("POST /v1/manage/treatments",
                    f -> json(CatalogFixtures.treatment(ClinicFixtures.uniqueSlug("walk")))),
            Map.entry("PUT /v1/manage/treatments/{slug}", f -> json(CatalogFixtures.treatment(f.treatment()))),
            Map.entry("POST /v1/manage/conditions",
                    f -> json(CatalogFixtures.condition(ClinicFixtures.uniqueSlug("walk")))),
            Map.entry("PUT /v1/manage/conditions/{slug}", f -> json(CatalogFixtures.condition(f.condition()))),
            Map.entry("POST /v1/manage/indications",
                    f -> json(CatalogFixtures.indication(ClinicFixtures.uniqueSlug("walk"), f.treatment(),
                            f.otherCondition(), f.person(), List.of(CatalogFixtures.approved("US", "Botox", 2004))))),
            Map.entry("PUT /v1/manage/indications/{slug}",
                    f -> json(CatalogFixtures.indication(f.indication(), f.treatment(), f.condition(), f.person(),
                            List.of(CatalogFixtures.approved("US", "Botox", 2004))))),
            Map.entry("POST /v1/manage/disclaimers",
                    f -> json(DisclaimerFixtures.input(DisclaimerFixtures.uniqueKey("walk"), "en-US"))),
            Map.entry("POST /v1/manage/disclaimers/{disclaimerId}/versions", f -> json(NEW_VERSION)),
            Map.entry("POST /v1/manage/clinics/{clinic}/disclaimers",
                    f -> json(DisclaimerFixtures.input(DisclaimerFixtures.uniqueKey("walk"), "en-US"))),
            Map.entry("POST /v1/manage/clinics/{clinic}/disclaimers/{disclaimerId}/versions",
                    f -> json(NEW_VERSION)),
            Map.entry("POST /v1/manage/disclaimer-rules",
                    f -> json(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("walk"), f.disclaimerKey(),
                            RuleCondition.ALWAYS, 1, ContentType.ARTICLE))),
            Map.entry("PUT /v1/manage/disclaimer-rules/{rule}",
                    f -> json(DisclaimerFixtures.rule(f.rule(), f.disclaimerKey(), RuleCondition.ALWAYS, 2,
                            ContentType.ARTICLE))),
            Map.entry("POST /v1/manage/clinics/{clinic}/articles",
                    f -> json(ArticleFixtures.draft(ClinicFixtures.uniqueSlug("walk"), "Walker"))),
            Map.entry("PUT /v1/manage/clinics/{clinic}/articles/{slug}",
                    f -> json(ArticleFixtures.draft(f.article(), "Walker again"))),
            Map.entry("POST /v1/manage/clinics/{clinic}/articles/{slug}/submit", f -> "{}"),
            Map.entry("POST /v1/manage/clinics/{clinic}/articles/{slug}/publish", f -> "{}"),
            Map.entry("POST /v1/manage/clinics/{clinic}/articles/{slug}/unpublish", f -> "{}"),
            Map.entry("POST /v1/manage/clinics/{clinic}/articles/{slug}/return-to-draft", f -> "{}"),
            Map.entry("POST /v1/manage/clinics/{clinic}/articles/{slug}/revisions/{number}/restore", f -> "{}"),
            Map.entry("POST /v1/manage/clinics/{clinic}/import", f -> EMPTY_EXPORT),
            Map.entry("POST /v1/manage/syndication-grants",
                    f -> "{\"origin\": \"" + f.clinicB() + "\", \"target\": \"" + f.clinicA() + "\"}"),
            Map.entry("POST /v1/manage/clinics/{clinic}/syndications",
                    f -> "{\"origin\": \"" + f.clinicB() + "\", \"article\": \"walker\"}"),
            Map.entry("PUT /v1/manage/clinics/{clinic}/syndications/{id}", f -> "{\"state\": \"PAUSED\"}"),
            Map.entry("POST /v1/manage/clinics/{clinic}/syndication-rules",
                    f -> "{\"tag\": \"walker\", \"targets\": [\"" + f.clinicB() + "\"]}"),
            Map.entry("POST /v1/manage/clinics/{clinic}/webhooks",
                    f -> json(health.clinicapi.webhook.WebhookFixtures.input("http://127.0.0.1:9/walk",
                            "article.published"))),
            Map.entry("PUT /v1/manage/clinics/{clinic}/webhooks/{id}",
                    f -> json(health.clinicapi.webhook.WebhookFixtures.input("http://127.0.0.1:9/walk",
                            "article.updated"))),
            Map.entry("POST /v1/manage/clinics/{clinic}/webhooks/{id}/secret", f -> "{}"),
            Map.entry("POST /v1/manage/clinics/{clinic}/webhook-deliveries/{id}/redeliver", f -> "{}"));

    /** Which fixture slug stands in for {slug} under each path family; clinics are the default. */
    private static final Map<String, Function<Fixture, String>> SLUGS = Map.of(
            "/v1/manage/people/", Fixture::person,
            "/v1/manage/treatments/", Fixture::treatment,
            "/v1/manage/conditions/", Fixture::condition,
            "/v1/manage/indications/", Fixture::indication,
            "/v1/manage/clinics/{clinic}/articles/", Fixture::article);

    @Inject
    DataSource dataSource;

    private Fixture fixture;

    record Fixture(String clinicA, String clinicB, String keyIdOfA, String person, String treatment,
            String condition, String otherCondition, String indication, String disclaimerKey,
            String networkDisclaimerId, String overrideIdOfA, String rule, String article) {
    }

    record Operation(String method, String path, List<String> scopes) {
        String name() {
            return method.toUpperCase() + " " + path;
        }

        @Override
        public String toString() {
            return name() + " " + scopes;
        }
    }

    /** In {@code @BeforeEach}: REST Assured knows the test port only once a test runs. */
    @BeforeEach
    void setUp() {
        Api.configure();
        if (fixture != null) {
            return;
        }
        String a = ClinicFixtures.create(ClinicFixtures.uniqueSlug("tenant-a")).slug();
        String b = ClinicFixtures.create(ClinicFixtures.uniqueSlug("tenant-b")).slug();
        String keyOfA = Keys.asAdmin().contentType("application/json")
                .body("{\"name\": \"a key\", \"clinic\": \"" + a + "\", \"scopes\": [\"content:read\"]}")
                .when().post("/v1/manage/api-keys").then().statusCode(201).extract().path("key.id");
        String tag = ClinicFixtures.uniqueSlug("walk-catalog");
        Indication indication = CatalogFixtures.createIndicationWithParts(tag);
        String otherCondition = CatalogFixtures.createCondition(tag + "-other").slug();
        String disclaimerKey = DisclaimerFixtures.uniqueKey("walk");
        String networkId = DisclaimerFixtures.create(null, DisclaimerFixtures.input(disclaimerKey, "en-US")).id()
                .toString();
        String overrideId = DisclaimerFixtures.create(a, DisclaimerFixtures.input(disclaimerKey, "en-US")).id()
                .toString();
        String rule = DisclaimerFixtures.createRule(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("walk"),
                disclaimerKey, RuleCondition.ALWAYS, 1, ContentType.ARTICLE)).slug();
        String article = ArticleFixtures.create(a, ArticleFixtures.draft(null, "Walker article")).slug();
        fixture = new Fixture(a, b, keyOfA, tag + "-r", tag + "-t", tag + "-c", otherCondition, indication.slug(),
                disclaimerKey, networkId, overrideId, rule, article);
    }

    private Stream<Operation> managementOperations() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/v1/manage")) {
                methods.forEach(
                        (method, operation) -> operations.add(new Operation(method, path, scopesOf(operation))));
            }
        });
        assertThat(operations).as("management operations in the OpenAPI document").hasSizeGreaterThanOrEqualTo(10);
        return operations.stream();
    }

    @TestFactory
    Stream<DynamicTest> refuses_a_request_without_key_with_401() {
        return each(this::refusesWithoutKey);
    }

    @TestFactory
    Stream<DynamicTest> refuses_a_key_without_the_scope_with_403() {
        return each(this::refusesWrongScope);
    }

    @TestFactory
    Stream<DynamicTest> refuses_another_clinics_key_with_404_or_without_revealing_anything() {
        return each(this::refusesOtherClinic);
    }

    /** Dynamic tests run after {@code @BeforeEach}, when the test port is known. */
    private Stream<DynamicTest> each(Check check) {
        return managementOperations().map(operation -> DynamicTest.dynamicTest(operation.toString(),
                () -> check.run(operation)));
    }

    @FunctionalInterface
    interface Check {
        void run(Operation operation) throws SQLException;
    }

    private void refusesWithoutKey(Operation operation) throws SQLException {
        assertThat(operation.scopes()).as("%s declares the scopes it needs", operation.name()).isNotEmpty();
        var response = refusedCall(operation, given());
        assertProblem(response, ProblemType.UNAUTHORIZED);
        response.header("WWW-Authenticate", "Bearer realm=\"clinic-content-api\"");
    }

    private void refusesWrongScope(Operation operation) throws SQLException {
        List<String> others = new ArrayList<>(GRANTABLE);
        others.removeAll(operation.scopes());
        String wrongScopeKey = Keys.create(fixture.clinicA(), others.toArray(String[]::new));

        assertProblem(refusedCall(operation, Keys.as(wrongScopeKey)), ProblemType.FORBIDDEN);
    }

    private void refusesOtherClinic(Operation operation) throws SQLException {
        String keyOfB = Keys.create(fixture.clinicB(), GRANTABLE.toArray(String[]::new));

        ValidatableResponse response = refusedCall(operation, Keys.as(keyOfB));

        if (GRANTABLE.containsAll(operation.scopes())
                && (operation.path().contains("{") || isClinicScopedWrite(operation))) {
            assertProblem(response, ProblemType.NOT_FOUND);
        } else if (!GRANTABLE.containsAll(operation.scopes())) {
            // Network-only operations: no clinic key can hold the scope, so every clinic key gets the same 403.
            assertProblem(response, ProblemType.FORBIDDEN);
        } else {
            // Collection reads of a clinic key are filtered to its own clinic; prove A's items are not in them.
            String body = response.statusCode(200).extract().asString();
            assertThat(body).doesNotContain(fixture.clinicA()).doesNotContain(fixture.keyIdOfA());
        }
    }

    private static boolean isClinicScopedWrite(Operation operation) {
        return operation.name().equals("POST /v1/manage/api-keys");
    }

    /** Performs the call and proves it changed nothing; the caller checks what it answered. */
    private ValidatableResponse refusedCall(Operation operation, RequestSpecification request) throws SQLException {
        // Real, existing resources of clinic A (or the network), so a refusal is never a 404 for a missing one.
        String slug = SLUGS.entrySet().stream().filter(e -> operation.path().startsWith(e.getKey()))
                .map(e -> e.getValue().apply(fixture)).findFirst().orElse(fixture.clinicA());
        String disclaimerId = operation.path().startsWith("/v1/manage/clinics/{clinic}/")
                ? fixture.overrideIdOfA()
                : fixture.networkDisclaimerId();
        String path = operation.path().replace("{slug}", slug).replace("{id}", fixture.keyIdOfA())
                .replace("{clinic}", fixture.clinicA()).replace("{disclaimerId}", disclaimerId)
                .replace("{number}", "1").replace("{rule}", fixture.rule())
                .replace("{indication}", fixture.indication());
        request = request.basePath("").header("If-Match", "\"0\"");
        if (BODIES.containsKey(operation.name())) {
            request = request.contentType("application/json").body(BODIES.get(operation.name()).apply(fixture));
        } else {
            assertThat(operation.method()).as("%s needs an example body in BODIES", operation.name())
                    .isIn("get", "delete");
        }
        String before = snapshot();
        int checked = OpenApiResponseFilter.validated();
        ValidatableResponse response = request.when().request(operation.method(), path).then();
        assertThat(snapshot()).as("database after refused %s", operation.name()).isEqualTo(before);
        // The walk covers every management operation, so it also proves the contract check sees each one's refusals.
        assertThat(OpenApiResponseFilter.validated()).as("responses of %s checked against openapi/openapi.yaml",
                operation.name()).isEqualTo(checked + 1);
        return response;
    }

    /** Every row of every application table, except when keys were last used (authentication may touch it). */
    private String snapshot() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.createStatement()
                    .executeQuery("select table_name from information_schema.tables "
                            + "where lower(table_schema) = 'public' and lower(table_name) <> 'flyway_schema_history' "
                            + "order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).isNotEmpty();
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = connection.createStatement().executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new TreeMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String column = meta.getColumnName(i).toLowerCase();
                            if (!column.equals("last_used_at")) {
                                row.put(column, String.valueOf(rs.getObject(i)));
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(String::compareTo);
                all.append(table).append(rows);
            }
        }
        return all.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> scopesOf(Map<String, Object> operation) {
        var security = (List<Map<String, List<String>>>) operation.get("security");
        return security == null ? List.of() : security.get(0).getOrDefault("apiKey", List.of());
    }

    private static String json(Object value) {
        try {
            return Api.JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
