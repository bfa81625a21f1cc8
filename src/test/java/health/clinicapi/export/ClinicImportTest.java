package health.clinicapi.export;

import static health.clinicapi.export.ExportFixtures.exportOf;
import static health.clinicapi.export.ExportFixtures.importInto;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.Problem.FieldError;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** An import that cannot be carried out out is refused with a problem and leaves the clinic exactly as it was. */
@QuarkusTest
class ClinicImportTest {

    /** Articles of a populated clinic's export in document order (slug, then locale, on every database). */
    private static final int COMING_SOON = 0;
    private static final int DRAFT = 1;
    private static final int FULL = 3;
    private static final int FULL_SPANISH = 4;

    private static ExportFixtures.Populated source;
    private static ObjectNode document;

    /** In {@code @BeforeEach}: REST Assured knows the test port only once a test runs. */
    @BeforeEach
    void setUp() {
        Api.configure();
        if (document == null) {
            source = ExportFixtures.populate(ExportFixtures.Network.create());
            document = exportOf(source.clinic());
        }
    }

    @Test
    void returns_409_problem_for_a_clinic_with_an_article_and_changes_nothing() {
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();
        ArticleFixtures.create(target, ArticleFixtures.draft(null, "Already here"));
        String before = state(target);

        assertProblem(importInto(target, document), ProblemType.CONFLICT);

        assertThat(state(target)).isEqualTo(before);
    }

    @Test
    void returns_409_problem_for_a_clinic_with_a_disclaimer_of_its_own_and_changes_nothing() {
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();
        DisclaimerFixtures.create(target, DisclaimerFixtures.input(DisclaimerFixtures.uniqueKey("imp"), "en-US"));
        String before = state(target);

        assertProblem(importInto(target, document), ProblemType.CONFLICT);

        assertThat(state(target)).isEqualTo(before);
    }

    @Test
    void returns_422_problem_listing_every_missing_reference_and_stores_nothing() {
        ObjectNode broken = document.deepCopy();
        content(broken, FULL).set("treatments", strings("no-such-treatment"));
        content(broken, FULL).put("author", "no-such-person");
        content(broken, FULL_SPANISH).set("indications", strings("no-such-indication"));
        content(broken, DRAFT).put("locale", "fr-CA");
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();
        String before = state(target);

        Problem problem = assertProblem(importInto(target, broken), ProblemType.UNPROCESSABLE);

        assertThat(problem.errors()).containsExactlyInAnyOrder(
                new FieldError("articles[1].current.content.locale",
                        "must be one of the clinic's locales [en-US, es-US]"),
                new FieldError("articles[3].current.content.treatments", "no treatment with slug 'no-such-treatment'"),
                new FieldError("articles[3].current.content.author", "no person with slug 'no-such-person'"),
                new FieldError("articles[4].current.content.indications",
                        "no indication with slug 'no-such-indication' (listed or in an indication block)"));
        // The settings of the document were applied before the references were found missing: rolled back too.
        assertThat(state(target)).isEqualTo(before);
        assertThat(list(ArticleFixtures.path(target))).isEmpty();
    }

    @Test
    void refuses_hostile_content_with_the_errors_a_normal_write_gives_and_stores_nothing() {
        ObjectNode hostile = document.deepCopy();
        ObjectNode paragraph = (ObjectNode) content(hostile, FULL).path("body").path(1);
        ((ObjectNode) paragraph.path("content").path(0)).put("text", "<script>alert(1)</script>");
        ((ObjectNode) paragraph.path("content").path(3).path("link")).put("href", "javascript:alert(1)");
        ((ObjectNode) hostile.path("articles").path(FULL).path("revisions").path(0).path("article").path("content"))
                .put("title", "<img src=x onerror=alert(1)>");
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();
        String before = state(target);
        Problem normal = assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                .body(content(hostile, FULL).toString()).when().post(ArticleFixtures.path(target)).then(),
                ProblemType.VALIDATION_FAILED);

        Problem imported = assertProblem(importInto(target, hostile), ProblemType.VALIDATION_FAILED);

        String current = "articles[3].current.content.";
        assertThat(imported.errors()).contains(normal.errors().stream()
                .map(e -> new FieldError(current + e.field(), e.message())).toArray(FieldError[]::new));
        assertThat(imported.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                current + "body[1].content[0].text", current + "body[1].content[3].link.href",
                "articles[3].revisions[0].article.content.title");
        assertThat(state(target)).isEqualTo(before);
    }

    @Test
    void returns_400_problem_listing_every_rule_the_document_breaks() {
        ObjectNode broken = document.deepCopy();
        ArrayNode articles = (ArrayNode) broken.path("articles");
        articles.add(articles.path(DRAFT).deepCopy());
        ((ObjectNode) articles.path(DRAFT).path("revisions").path(0)).put("number", 7);
        ((ObjectNode) articles.path(COMING_SOON).path("current")).remove("publishAt");
        content(broken, FULL).remove("translationGroup");
        int threeVersions = disclaimerIndex(source.disclaimerKey());
        ((ObjectNode) broken.path("disclaimers").path(threeVersions).path("versions").path(1)).put("number", 3);
        ((ObjectNode) broken.path("clinic")).put("defaultLocale", "fr-CA");
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();
        String before = state(target);

        Problem problem = assertProblem(importInto(target, broken), ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("clinic.defaultLocale",
                "disclaimers[" + threeVersions + "].versions[1].number", "articles[0].current.publishAt",
                "articles[1].revisions[0].number", "articles[3].current.content.translationGroup",
                "articles[5].current.content.slug");
        assertThat(state(target)).isEqualTo(before);
    }

    @Test
    void returns_400_problem_listing_every_field_bean_validation_refuses() {
        ObjectNode broken = document.deepCopy();
        ((ObjectNode) broken.path("articles").path(0)).remove("current");
        ((ObjectNode) broken.path("articles").path(1)).set("revisions", Api.JSON.createArrayNode());
        ((ObjectNode) broken.path("disclaimers").path(0)).put("key", "Not A Key");
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();

        Problem problem = assertProblem(importInto(target, broken), ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("articles[0].current",
                "articles[1].revisions", "disclaimers[0].key");
        assertThat(list(ArticleFixtures.path(target))).isEmpty();
    }

    @Test
    void returns_422_problem_for_another_format_version_even_with_properties_this_server_does_not_know() {
        ObjectNode newer = document.deepCopy();
        newer.put("formatVersion", 2);
        newer.putObject("somethingNew").put("since", 2);
        ObjectNode notAnExport = document.deepCopy();
        notAnExport.remove("format");
        ObjectNode textVersion = document.deepCopy();
        textVersion.put("formatVersion", "1");
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();

        Problem problem = assertProblem(importInto(target, newer), ProblemType.UNPROCESSABLE);
        assertThat(problem.errors()).containsExactly(new FieldError("formatVersion", "must be 1"));
        assertThat(assertProblem(importInto(target, notAnExport), ProblemType.UNPROCESSABLE).errors())
                .extracting(FieldError::field).containsExactly("format");
        assertProblem(importInto(target, textVersion), ProblemType.UNPROCESSABLE);
        assertThat(list(ArticleFixtures.path(target))).isEmpty();
    }

    @Test
    void returns_400_problem_for_an_unknown_property_or_a_body_that_is_not_an_object() {
        ObjectNode unknown = document.deepCopy();
        ((ObjectNode) unknown.path("articles").path(0).path("current")).put("id", "1234");
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();

        Problem problem = assertProblem(importInto(target, unknown), ProblemType.UNKNOWN_PROPERTY);

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("articles[0].current.id");
        assertProblem(importInto(target, Api.JSON.createArrayNode()), ProblemType.MALFORMED_JSON);
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body("{\"format\": ").when()
                .post(ExportFixtures.importPath(target)).then(), ProblemType.MALFORMED_JSON);
        assertThat(list(ArticleFixtures.path(target))).isEmpty();
    }

    @Test
    void returns_413_problem_for_a_document_over_the_body_limit() {
        ObjectNode huge = document.deepCopy();
        ((ObjectNode) huge.path("clinic")).put("name", "x".repeat(1_100_000));
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();

        assertProblem(importInto(target, huge), ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(list(ArticleFixtures.path(target))).isEmpty();
    }

    @Test
    void a_retried_import_with_the_same_idempotency_key_imports_once() {
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("imp")).slug();

        var first = ExportFixtures.importAs(Keys.asAdmin().header("Idempotency-Key", "import-" + target), target,
                document).statusCode(200);
        var again = ExportFixtures.importAs(Keys.asAdmin().header("Idempotency-Key", "import-" + target), target,
                document).statusCode(200).header("Idempotent-Replayed", "true");

        assertThat(again.extract().as(ClinicImportResult.class))
                .isEqualTo(first.extract().as(ClinicImportResult.class));
        assertThat(list(ArticleFixtures.path(target))).hasSize(5);
    }

    /** Keys order disclaimers, and the two keys of a populated clinic are random: find the one asked for. */
    private static int disclaimerIndex(String key) {
        JsonNode disclaimers = document.path("disclaimers");
        for (int i = 0; i < disclaimers.size(); i++) {
            if (disclaimers.path(i).path("key").asText().equals(key)) {
                return i;
            }
        }
        throw new IllegalStateException("no disclaimer " + key + " in the export");
    }

    private static ObjectNode content(ObjectNode document, int article) {
        return (ObjectNode) document.path("articles").path(article).path("current").path("content");
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = Api.JSON.createArrayNode();
        List.of(values).forEach(array::add);
        return array;
    }

    /** Everything an import could change about a clinic, as the management API shows it. */
    private static String state(String clinic) {
        return get("/v1/manage/clinics/" + clinic) + get(ArticleFixtures.path(clinic) + "?limit=100")
                + get(DisclaimerFixtures.clinicPath(clinic) + "?limit=100")
                + get("/v1/manage/audit-entries?limit=100&clinic=" + clinic);
    }

    private static JsonNode list(String path) {
        return ExportFixtures.read(get(path + "?limit=100")).path("items");
    }

    private static String get(String path) {
        return Keys.asAdmin().when().get(path).then().statusCode(200).extract().asString();
    }
}
