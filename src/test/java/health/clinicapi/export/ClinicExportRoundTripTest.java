package health.clinicapi.export;

import static health.clinicapi.export.ExportFixtures.exportOf;
import static health.clinicapi.export.ExportFixtures.importInto;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** The promise: a full export re-imports into an empty clinic as identical content. */
@QuarkusTest
class ClinicExportRoundTripTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void import_into_an_empty_clinic_then_export_gives_the_same_document() {
        var network = ExportFixtures.Network.create();
        var source = ExportFixtures.populate(network);
        ObjectNode first = exportOf(source.clinic());
        // The target starts with other settings, and without es-US, which the document brings.
        String target = ClinicFixtures.uniqueSlug("exp-dst");
        ClinicFixtures.create(new ClinicInput(target, "Somewhere else", "https://else.example", null,
                List.of("en-US"), "en-US", "CA", null, null, null));

        ClinicImportResult result = importInto(target, first).statusCode(200).extract().as(ClinicImportResult.class);
        ObjectNode second = exportOf(target);

        assertThat(result).isEqualTo(new ClinicImportResult(target, true, 5, 12, 2, 4));
        assertThat(first.path("format").asText()).isEqualTo("clinic-content-export");
        assertThat(first.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(first.path("articles")).hasSize(5);
        assertThat(second.path("clinic").path("slug").asText()).isEqualTo(target);
        assertThat(withoutIdentity(second)).isEqualTo(withoutIdentity(first));
    }

    @Test
    void imported_articles_read_back_like_the_originals_apart_from_id_and_clinic() {
        var network = ExportFixtures.Network.create();
        var source = ExportFixtures.populate(network);
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("exp-dst")).slug();

        importInto(target, exportOf(source.clinic())).statusCode(200);

        for (String[] article : List.of(new String[]{"what-botox-treats", "en-US"},
                new String[]{"what-botox-treats", "es-US"}, new String[]{"coming-soon", "en-US"},
                new String[]{"old-news", "en-US"}, new String[]{"just-a-draft", "en-US"})) {
            String path = "/" + article[0] + "?locale=" + article[1];
            String revisions = "/" + article[0] + "/revisions?limit=100&locale=" + article[1];
            String disclaimers = "/" + article[0] + "/disclaimers?locale=" + article[1];
            assertThat(articleRead(target, path)).as(path).isEqualTo(articleRead(source.clinic(), path));
            assertThat(revisionsRead(target, revisions)).as(revisions)
                    .isEqualTo(revisionsRead(source.clinic(), revisions));
            assertThat(get(ArticleFixtures.path(target) + disclaimers)).as(disclaimers)
                    .isEqualTo(get(ArticleFixtures.path(source.clinic()) + disclaimers));
        }
        assertThat(overrides(target)).isEqualTo(overrides(source.clinic()));
        String indication = "/indications/" + network.indication();
        assertThat(get("/v1/clinics/" + target + indication))
                .isEqualTo(get("/v1/clinics/" + source.clinic() + indication));
    }

    @Test
    void audit_log_names_every_imported_resource() {
        var source = ExportFixtures.populate(ExportFixtures.Network.create());
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("exp-dst")).slug();

        importInto(target, exportOf(source.clinic())).statusCode(200);

        JsonNode entries = get("/v1/manage/audit-entries?limit=100&clinic=" + target).path("items");
        List<String> actions = entries.findValuesAsText("action");
        List<String> types = entries.findValuesAsText("resourceType");
        assertThat(actions).containsOnly("IMPORTED", "UPDATED", "CREATED");
        assertThat(entries).filteredOn(e -> e.path("action").asText().equals("IMPORTED"))
                .extracting(e -> e.path("resourceType").asText())
                .containsExactlyInAnyOrder("article", "article", "article", "article", "article", "disclaimer",
                        "disclaimer");
        assertThat(types).contains("clinic");
        assertThat(entries).allSatisfy(e -> assertThat(e.path("actorName").asText()).isEqualTo("bootstrap"));
    }

    @Test
    void a_document_without_clinic_settings_leaves_the_clinics_own() {
        var source = ExportFixtures.populate(ExportFixtures.Network.create());
        ObjectNode document = exportOf(source.clinic());
        document.remove("clinic");
        String target = ClinicFixtures.create(ClinicFixtures.uniqueSlug("exp-dst")).slug();
        JsonNode before = get("/v1/manage/clinics/" + target);

        ClinicImportResult result = importInto(target, document).statusCode(200).extract()
                .as(ClinicImportResult.class);

        assertThat(result.settingsReplaced()).isFalse();
        assertThat(get("/v1/manage/clinics/" + target)).isEqualTo(before);
        assertThat(result.articles()).isEqualTo(5);
    }

    /** The document without what names the clinic and the moment of the export. */
    private static JsonNode withoutIdentity(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("exportedAt");
        ((ObjectNode) copy.path("clinic")).remove("slug");
        return copy;
    }

    private static JsonNode articleRead(String clinic, String path) {
        ObjectNode article = (ObjectNode) get(ArticleFixtures.path(clinic) + path);
        article.remove(List.of("id", "clinic"));
        return article;
    }

    private static JsonNode revisionsRead(String clinic, String path) {
        JsonNode page = get(ArticleFixtures.path(clinic) + path);
        page.path("items").forEach(item -> {
            ((ObjectNode) item).remove("actorKeyId");
            ((ObjectNode) item.path("article")).remove(List.of("id", "clinic"));
        });
        return page;
    }

    private static JsonNode overrides(String clinic) {
        JsonNode page = get(DisclaimerFixtures.clinicPath(clinic) + "?limit=100");
        page.path("items").forEach(item -> ((ObjectNode) item).remove("id"));
        return page;
    }

    private static JsonNode get(String path) {
        return ExportFixtures.read(Keys.asAdmin().when().get(path).then().statusCode(200).extract().asString());
    }
}
