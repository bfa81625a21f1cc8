package health.clinicapi.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The compact JSON itself: vocabulary, omitted values, order, refused input. */
class ArticleJsonLdShapeTest {

    /**
     * The properties each of our types may carry, own and inherited, from the domainIncludes of schema.org 29.4
     * ({@code schemaorg-current-https-properties.csv}). A property here but on another type is a validator warning.
     * One deliberate exception: {@code indication} on Drug and MedicalTherapy, which recent schema.org releases
     * retired, is what the product promises (approved uses as ApprovedIndication, others as MedicalIndication) and
     * what the ApprovedIndication type exists for; validators may warn about it.
     */
    private static final Map<String, Set<String>> PROPERTIES = Map.ofEntries(
            Map.entry("MedicalWebPage",
                    Set.of("url", "headline", "name", "description", "inLanguage", "image", "datePublished",
                            "dateModified", "lastReviewed", "author", "reviewedBy", "publisher", "about", "mentions",
                            "keywords", "wordCount", "audience")),
            Map.entry("Person", Set.of("name", "honorificSuffix", "jobTitle", "url")),
            Map.entry("MedicalClinic", Set.of("name", "url", "telephone", "email", "address")),
            Map.entry("PostalAddress", Set.of("addressLocality", "addressCountry")),
            Map.entry("MedicalCondition", Set.of("name", "alternateName", "code", "drug", "possibleTreatment")),
            Map.entry("MedicalCode", Set.of("codeValue", "codingSystem")),
            Map.entry("Drug", Set.of("name", "nonProprietaryName", "proprietaryName", "indication")),
            Map.entry("MedicalTherapy", Set.of("name", "alternateName", "indication")),
            Map.entry("ApprovedIndication", Set.of("name", "description")),
            Map.entry("MedicalIndication", Set.of("name")),
            Map.entry("MedicalAudience", Set.of("audienceType")));

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    @Test
    void uses_only_schema_org_terms_on_types_that_carry_them() {
        ObjectNode ld = ArticleJsonLd.build(JsonLdFixtures.botoxArticle(), nodes);
        List<ObjectNode> typed = typedNodes(ld);

        assertThat(typed).extracting(node -> node.get("@type").asText()).containsExactlyInAnyOrder(
                "MedicalWebPage", "Person", "Person", "MedicalClinic", "PostalAddress", "MedicalCondition",
                "MedicalCode", "Drug", "ApprovedIndication", "ApprovedIndication", "MedicalIndication",
                "MedicalTherapy", "ApprovedIndication", "MedicalCondition", "MedicalCondition", "MedicalAudience");
        Set<String> contextTerms = SchemaOrgContext.terms();
        for (ObjectNode node : typed) {
            String type = node.get("@type").asText();
            List<String> properties = properties(node);
            assertThat(properties).as("properties of %s", type).isSubsetOf(PROPERTIES.get(type));
            assertThat(contextTerms).as("schema.org terms").contains(type).containsAll(properties);
        }
    }

    @Test
    void leaves_out_null_blank_and_empty_values() {
        ObjectNode bare = ArticleJsonLd.build(JsonLdFixtures.bare(), nodes);
        assertThat(fieldNames(bare)).containsExactly("@context", "@type", "@id", "url", "headline", "name",
                "audience");

        ArticleLdSource full = JsonLdFixtures.botoxArticle();
        ObjectNode sparse = ArticleJsonLd.build(new ArticleLdSource(full.url(), full.headline(), " ", "", null,
                full.datePublished(), null, null,
                new PersonLd(" ", "MD", null, null),
                new PersonLd("Ana Ruiz", null, "", null),
                new PublisherLd("Glow Dermatology", null, null, " ", null, null),
                java.util.Arrays.asList(new ConditionLd("rosacea", "Rosacea", null, " "), null),
                List.of(new TreatmentLd("laser", TreatmentLd.MEDICAL_THERAPY, "Laser", "ignored", List.of(), null)),
                List.of(" "), null), nodes);
        assertThat(fieldNames(sparse)).containsExactly("@context", "@type", "@id", "url", "headline", "name",
                "datePublished", "reviewedBy", "publisher", "about", "mentions", "audience");
        assertThat(fieldNames((ObjectNode) sparse.get("reviewedBy"))).containsExactly("@type", "name");
        assertThat(fieldNames((ObjectNode) sparse.get("publisher"))).containsExactly("@type", "name");
        assertThat(fieldNames((ObjectNode) sparse.get("about").get(0))).containsExactly("@type", "@id", "name");
        assertThat(fieldNames((ObjectNode) sparse.get("mentions").get(0))).containsExactly("@type", "@id", "name");
        assertThat(sparse.toString()).doesNotContain("null", "\"\"", "\" \"", "[]", "{}");
        ArticleJsonLdTest.expandedPage(JsonLdFixtures.bare());
    }

    @Test
    void writes_properties_in_a_fixed_order_and_equal_sources_give_equal_json() {
        ObjectNode ld = ArticleJsonLd.build(JsonLdFixtures.botoxArticle(), nodes);
        assertThat(fieldNames(ld)).containsExactly("@context", "@type", "@id", "url", "headline", "name",
                "description", "inLanguage", "image", "datePublished", "dateModified", "lastReviewed", "author",
                "reviewedBy", "publisher", "about", "mentions", "keywords", "wordCount", "audience");
        assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.get("datePublished").asText()).as("whole seconds, UTC").isEqualTo("2025-03-01T09:30:00Z");
        assertThat(ld.get("lastReviewed").asText()).isEqualTo("2025-02-27");
        assertThat(ArticleJsonLd.build(JsonLdFixtures.botoxArticle(), nodes)).hasToString(ld.toString());
    }

    @Test
    void refuses_a_treatment_kind_schema_org_has_no_type_for_and_a_missing_url() {
        ArticleLdSource full = JsonLdFixtures.botoxArticle();
        ArticleLdSource device = new ArticleLdSource(full.url(), full.headline(), null, null, null, null, null, null,
                null, null, null, null, List.of(new TreatmentLd("filler", "MedicalDevice", "Filler", null, null, null)),
                null, null);
        assertThatThrownBy(() -> ArticleJsonLd.build(device, nodes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filler").hasMessageContaining("MedicalDevice");

        ArticleLdSource noUrl = new ArticleLdSource(" ", full.headline(), null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertThatThrownBy(() -> ArticleJsonLd.build(noUrl, nodes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url");
    }

    private static List<ObjectNode> typedNodes(JsonNode node) {
        List<ObjectNode> typed = new ArrayList<>();
        if (node instanceof ObjectNode object && object.has("@type")) {
            typed.add(object);
        }
        node.forEach(child -> typed.addAll(typedNodes(child)));
        return typed;
    }

    private static List<String> properties(ObjectNode node) {
        return fieldNames(node).stream().filter(name -> !name.startsWith("@")).toList();
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
