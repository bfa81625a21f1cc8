package health.clinicapi.jsonld;

import static health.clinicapi.jsonld.JsonLdFixtures.BOTOX;
import static health.clinicapi.jsonld.JsonLdFixtures.HYPERHIDROSIS;
import static health.clinicapi.jsonld.JsonLdFixtures.MIRADRY;
import static health.clinicapi.jsonld.JsonLdFixtures.URL;
import static health.clinicapi.jsonld.SchemaOrgContext.VOCAB;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** What a JSON-LD processor reads from an article's markup, asserted on the expanded form. */
class ArticleJsonLdTest {

    private final JsonNode page = expandedPage(JsonLdFixtures.botoxArticle());

    @Test
    void expands_to_a_medical_web_page_with_publication_and_review_dates() {
        assertThat(types(page)).containsExactly(VOCAB + "MedicalWebPage");
        assertThat(page.get("@id").asText()).isEqualTo(URL + "#webpage");
        assertThat(one(page, "url").get("@id").asText()).isEqualTo(URL);
        assertThat(value(page, "headline")).isEqualTo("Botox for excessive sweating");
        assertThat(value(page, "name")).isEqualTo("Botox for excessive sweating");
        assertThat(value(page, "description")).startsWith("How Botox treats");
        assertThat(value(page, "inLanguage")).isEqualTo("en-US");
        assertThat(one(page, "image").get("@id").asText())
                .isEqualTo("https://cdn.glowderm.example/img/botox-sweat.jpg");
        assertThat(one(page, "datePublished")).isEqualTo(date("2025-03-01T09:30:00Z"));
        assertThat(one(page, "dateModified")).isEqualTo(date("2025-03-04T16:00:00Z"));
        assertThat(one(page, "lastReviewed")).isEqualTo(date("2025-02-27"));
        assertThat(value(page, "keywords")).isEqualTo("hyperhidrosis, Botox, sweating");
        assertThat(one(page, "wordCount").get("@value").asInt()).isEqualTo(1180);
    }

    @Test
    void names_the_author_the_medical_reviewer_and_the_clinic_as_publisher() {
        JsonNode author = one(page, "author");
        assertThat(types(author)).containsExactly(VOCAB + "Person");
        assertThat(value(author, "name")).isEqualTo("Maya Chen");
        assertThat(value(author, "jobTitle")).isEqualTo("Medical writer");
        assertThat(one(author, "url").get("@id").asText()).isEqualTo("https://www.glowderm.example/team/maya-chen");

        JsonNode reviewer = one(page, "reviewedBy");
        assertThat(types(reviewer)).containsExactly(VOCAB + "Person");
        assertThat(value(reviewer, "name")).isEqualTo("Ana Ruiz");
        assertThat(value(reviewer, "honorificSuffix")).isEqualTo("MD, FAAD");
        assertThat(value(reviewer, "jobTitle")).isEqualTo("Board-certified dermatologist");

        JsonNode clinic = one(page, "publisher");
        assertThat(types(clinic)).containsExactly(VOCAB + "MedicalClinic");
        assertThat(value(clinic, "name")).isEqualTo("Glow Dermatology");
        assertThat(one(clinic, "url").get("@id").asText()).isEqualTo("https://www.glowderm.example");
        assertThat(value(clinic, "telephone")).isEqualTo("+1-555-0100");
        assertThat(value(clinic, "email")).isEqualTo("hello@glowderm.example");
        JsonNode address = one(clinic, "address");
        assertThat(types(address)).containsExactly(VOCAB + "PostalAddress");
        assertThat(value(address, "addressLocality")).isEqualTo("Austin");
        assertThat(value(address, "addressCountry")).isEqualTo("US");

        JsonNode audience = one(page, "audience");
        assertThat(types(audience)).containsExactly(VOCAB + "MedicalAudience");
        assertThat(value(audience, "audienceType")).isEqualTo("Patient");
    }

    @Test
    void is_about_coded_conditions_and_mentions_drugs_and_therapies() {
        JsonNode condition = one(page, "about");
        assertThat(types(condition)).containsExactly(VOCAB + "MedicalCondition");
        assertThat(condition.get("@id").asText()).isEqualTo(HYPERHIDROSIS);
        assertThat(value(condition, "name")).isEqualTo("Hyperhidrosis");
        assertThat(values(condition, "alternateName")).containsExactly("Excessive sweating");
        JsonNode code = one(condition, "code");
        assertThat(types(code)).containsExactly(VOCAB + "MedicalCode");
        assertThat(value(code, "codeValue")).isEqualTo("L74.5");
        assertThat(value(code, "codingSystem")).isEqualTo("ICD-10");

        JsonNode botox = mentioned(BOTOX);
        assertThat(types(botox)).containsExactly(VOCAB + "Drug");
        assertThat(value(botox, "name")).isEqualTo("Botox");
        assertThat(value(botox, "nonProprietaryName")).isEqualTo("onabotulinumtoxinA");
        assertThat(values(botox, "proprietaryName")).containsExactly("Botox", "Botox Cosmetic");

        JsonNode miradry = mentioned(MIRADRY);
        assertThat(types(miradry)).containsExactly(VOCAB + "MedicalTherapy");
        assertThat(value(miradry, "name")).isEqualTo("Microwave thermolysis");
        assertThat(values(miradry, "alternateName")).containsExactly("miraDry");
        assertThat(miradry.has(VOCAB + "nonProprietaryName")).isFalse();
    }

    @Test
    void links_each_indication_from_its_condition_to_the_treatment() {
        JsonNode hyperhidrosis = one(page, "about");
        assertThat(references(hyperhidrosis, "drug")).as("matched by alternate name").containsExactly(BOTOX);
        assertThat(references(hyperhidrosis, "possibleTreatment")).containsExactly(MIRADRY);

        List<JsonNode> otherConditions = all(page, "mentions").stream()
                .filter(node -> types(node).contains(VOCAB + "MedicalCondition")).toList();
        assertThat(otherConditions).extracting(node -> value(node, "name"))
                .containsExactly("Chronic migraine", "Masseter hypertrophy");
        assertThat(otherConditions).allSatisfy(node -> {
            assertThat(references(node, "drug")).containsExactly(BOTOX);
            assertThat(node.has(VOCAB + "possibleTreatment")).isFalse();
        });
    }

    @Test
    void marks_only_approved_uses_as_approved_indications() {
        JsonNode botox = mentioned(BOTOX);
        List<JsonNode> uses = all(botox, "indication");
        assertThat(uses).extracting(node -> value(node, "name")).containsExactly("excessive sweating",
                "Chronic migraine", "Masseter hypertrophy");
        assertThat(uses).extracting(node -> types(node).get(0)).containsExactly(VOCAB + "ApprovedIndication",
                VOCAB + "ApprovedIndication", VOCAB + "MedicalIndication");
        assertThat(value(uses.get(1), "description")).isEqualTo("Approved for Botox since 2010");
        assertThat(uses.get(2).has(VOCAB + "description")).as("no approval claimed off label").isFalse();
        assertThat(types(one(mentioned(MIRADRY), "indication"))).containsExactly(VOCAB + "ApprovedIndication");
    }

    private JsonNode mentioned(String id) {
        return all(page, "mentions").stream().filter(node -> id.equals(node.path("@id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + id + " in " + page));
    }

    static JsonNode expandedPage(ArticleLdSource source) {
        JsonNode expanded = SchemaOrgContext.expand(ArticleJsonLd.build(source, JsonNodeFactory.instance));
        assertThat(expanded).as("one top-level node").hasSize(1);
        return expanded.get(0);
    }

    static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        node.path("@type").forEach(type -> types.add(type.asText()));
        return types;
    }

    static List<JsonNode> all(JsonNode node, String property) {
        JsonNode values = node.get(VOCAB + property);
        assertThat(values).as(property + " in " + node).isNotNull();
        List<JsonNode> all = new ArrayList<>();
        values.forEach(all::add);
        return all;
    }

    static JsonNode one(JsonNode node, String property) {
        List<JsonNode> all = all(node, property);
        assertThat(all).as(property).hasSize(1);
        return all.get(0);
    }

    static String value(JsonNode node, String property) {
        return one(node, property).get("@value").asText();
    }

    private static List<String> values(JsonNode node, String property) {
        return all(node, property).stream().map(value -> value.get("@value").asText()).toList();
    }

    private static List<String> references(JsonNode node, String property) {
        return all(node, property).stream().map(value -> value.get("@id").asText()).toList();
    }

    /** A value typed schema:Date, as the schema.org context types all three dates (even date-times). */
    private static JsonNode date(String value) {
        return JsonNodeFactory.instance.objectNode().put("@type", VOCAB + "Date").put("@value", value);
    }
}
