package health.clinicapi.jsonld;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the schema.org JSON-LD of one delivered article: a {@code MedicalWebPage} about {@code MedicalCondition}s that
 * mentions {@code Drug}s and {@code MedicalTherapy}s, with author, medical reviewer and the clinic as publisher.
 *
 * <p>
 * Only types and properties of the current schema.org vocabulary are used (checked against release 29.4), each on a
 * type that carries it. Null, blank and empty values are left out; property order is fixed, so equal sources give
 * byte-equal JSON (ETags stay stable).
 *
 * <p>
 * Indications: schema.org deleted the {@code indication} property in its health vocabulary clean-up
 * (schemaorg/schemaorg#2435), which left {@code ApprovedIndication} with no property to hang it on. So each indication
 * becomes the link that still exists, from the condition to the treatment: {@code drug} for a {@code Drug},
 * {@code possibleTreatment} for a {@code MedicalTherapy}. The condition is the matching {@code about} node (by name or
 * alternate name, ignoring case), else a {@code MedicalCondition} added to {@code mentions}. Regulatory status
 * ({@link IndicationLd#approved()}, product, year) is not claimed in the markup; the article's resolved disclaimers
 * carry it.
 *
 * <p>
 * Embedding: inside {@code <script type="application/ld+json">} a string containing {@code </script>} would end the
 * element early, so serialize with {@link #toScriptSafeJson(ObjectNode, ObjectMapper)}, which writes {@code <},
 * {@code >} and {@code &} as JSON escapes. Consumers that get the object in an API response must do the same (in
 * JavaScript: {@code JSON.stringify(ld).replace(/</g, "\\u003c")}).
 */
public final class ArticleJsonLd {

    /** The context consumers resolve; the schema.org context maps every term into its vocabulary. */
    public static final String CONTEXT = "https://schema.org";

    private static final ScriptSafeEscapes SCRIPT_SAFE = new ScriptSafeEscapes();

    private ArticleJsonLd() {
    }

    /** The JSON-LD object; serializes with Jackson as-is. */
    public static ObjectNode build(ArticleLdSource source, JsonNodeFactory nodes) {
        String url = requireText(source.url(), "article url");
        ObjectNode page = nodes.objectNode();
        page.put("@context", CONTEXT);
        page.put("@type", "MedicalWebPage");
        page.put("@id", url + "#webpage");
        page.put("url", url);
        putText(page, "headline", source.headline());
        putText(page, "name", source.headline());
        putText(page, "description", source.description());
        putText(page, "inLanguage", source.inLanguage());
        putText(page, "image", source.imageUrl());
        putInstant(page, "datePublished", source.datePublished());
        putInstant(page, "dateModified", source.dateModified());
        if (source.lastReviewed() != null) {
            page.put("lastReviewed", source.lastReviewed().toString());
        }
        putNode(page, "author", person(source.author(), nodes));
        putNode(page, "reviewedBy", person(source.reviewer(), nodes));
        putNode(page, "publisher", publisher(source.publisher(), nodes));

        Map<String, ObjectNode> conditionsByName = new LinkedHashMap<>();
        ArrayNode about = nodes.arrayNode();
        for (ConditionLd condition : listOf(source.conditions())) {
            ObjectNode node = condition(url, condition, nodes);
            about.add(node);
            for (String name : texts(prepend(condition.name(), condition.alternateNames()))) {
                conditionsByName.putIfAbsent(key(name), node);
            }
        }
        ArrayNode mentions = nodes.arrayNode();
        List<ObjectNode> otherConditions = new ArrayList<>();
        for (TreatmentLd treatment : listOf(source.treatments())) {
            ObjectNode node = treatment(url, treatment, nodes);
            mentions.add(node);
            linkIndications(treatment, node, conditionsByName, otherConditions, nodes);
        }
        mentions.addAll(otherConditions);
        putArray(page, "about", about);
        putArray(page, "mentions", mentions);

        List<String> keywords = texts(source.keywords());
        if (!keywords.isEmpty()) {
            page.put("keywords", String.join(", ", keywords));
        }
        if (source.wordCount() != null) {
            page.put("wordCount", source.wordCount().intValue());
        }
        page.putObject("audience").put("@type", "MedicalAudience").put("audienceType", "Patient");
        return page;
    }

    /**
     * The JSON to put inside {@code <script type="application/ld+json">}: {@code <}, {@code >} and {@code &} are written
     * as JSON unicode escapes, so no string can close the element or open a comment, and the JSON still parses to the
     * same object.
     */
    public static String toScriptSafeJson(ObjectNode jsonLd, ObjectMapper mapper) {
        try {
            return mapper.writer(SCRIPT_SAFE).writeValueAsString(jsonLd);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD could not be serialized", e);
        }
    }

    private static ObjectNode person(PersonLd person, JsonNodeFactory nodes) {
        if (person == null || text(person.name()) == null) {
            return null;
        }
        ObjectNode node = nodes.objectNode().put("@type", "Person");
        putText(node, "name", person.name());
        putText(node, "honorificSuffix", person.honorificSuffix());
        putText(node, "jobTitle", person.jobTitle());
        putText(node, "url", person.url());
        return node;
    }

    private static ObjectNode publisher(PublisherLd publisher, JsonNodeFactory nodes) {
        if (publisher == null || (text(publisher.name()) == null && text(publisher.url()) == null)) {
            return null;
        }
        ObjectNode node = nodes.objectNode().put("@type", "MedicalClinic");
        putText(node, "name", publisher.name());
        putText(node, "url", publisher.url());
        putText(node, "telephone", publisher.telephone());
        putText(node, "email", publisher.email());
        if (text(publisher.addressLocality()) != null || text(publisher.addressCountry()) != null) {
            ObjectNode address = node.putObject("address").put("@type", "PostalAddress");
            putText(address, "addressLocality", publisher.addressLocality());
            putText(address, "addressCountry", publisher.addressCountry());
        }
        return node;
    }

    private static ObjectNode condition(String url, ConditionLd condition, JsonNodeFactory nodes) {
        ObjectNode node = nodes.objectNode().put("@type", "MedicalCondition");
        node.put("@id", url + "#condition-" + requireText(condition.slug(), "condition slug"));
        putText(node, "name", condition.name());
        putTexts(node, "alternateName", condition.alternateNames());
        if (text(condition.icd10Code()) != null) {
            node.putObject("code").put("@type", "MedicalCode")
                    .put("codeValue", text(condition.icd10Code()))
                    .put("codingSystem", "ICD-10");
        }
        return node;
    }

    private static ObjectNode treatment(String url, TreatmentLd treatment, JsonNodeFactory nodes) {
        String slug = requireText(treatment.slug(), "treatment slug");
        String kind = treatment.kind();
        if (!TreatmentLd.DRUG.equals(kind) && !TreatmentLd.MEDICAL_THERAPY.equals(kind)) {
            throw new IllegalArgumentException("Treatment " + slug + " has kind " + kind + "; expected "
                    + TreatmentLd.DRUG + " or " + TreatmentLd.MEDICAL_THERAPY);
        }
        ObjectNode node = nodes.objectNode().put("@type", kind).put("@id", url + "#treatment-" + slug);
        putText(node, "name", treatment.name());
        if (TreatmentLd.DRUG.equals(kind)) {
            putText(node, "nonProprietaryName", treatment.nonProprietaryName());
            putTexts(node, "proprietaryName", treatment.brandNames());
        } else {
            putTexts(node, "alternateName", treatment.brandNames());
        }
        return node;
    }

    /** Links each indication's condition to the treatment, adding conditions that are not {@code about} the page. */
    private static void linkIndications(TreatmentLd treatment, ObjectNode treatmentNode,
            Map<String, ObjectNode> conditionsByName, List<ObjectNode> otherConditions, JsonNodeFactory nodes) {
        String link = TreatmentLd.DRUG.equals(treatment.kind()) ? "drug" : "possibleTreatment";
        String id = treatmentNode.get("@id").asText();
        for (IndicationLd indication : listOf(treatment.indications())) {
            String name = text(indication.conditionName());
            if (name != null) {
                // The product requirement: approved uses as ApprovedIndication, every other use as a plain
                // MedicalIndication, so a reader's search engine never sees an off-label use claimed as approved.
                ObjectNode use = treatmentNode.withArray("indication").addObject()
                        .put("@type", indication.approved() ? "ApprovedIndication" : "MedicalIndication")
                        .put("name", name);
                if (indication.approved() && indication.product() != null && indication.approvalYear() != null) {
                    use.put("description", "Approved for " + indication.product() + " since "
                            + indication.approvalYear());
                }
                ObjectNode condition = conditionsByName.computeIfAbsent(key(name), k -> {
                    ObjectNode added = nodes.objectNode().put("@type", "MedicalCondition").put("name", name);
                    otherConditions.add(added);
                    return added;
                });
                addReference(condition, link, id);
            }
        }
    }

    private static void addReference(ObjectNode node, String property, String id) {
        ArrayNode references = node.has(property) ? (ArrayNode) node.get(property) : node.putArray(property);
        for (var reference : references) {
            if (reference.get("@id").asText().equals(id)) {
                return;
            }
        }
        references.addObject().put("@id", id);
    }

    private static void putText(ObjectNode node, String property, String value) {
        String text = text(value);
        if (text != null) {
            node.put(property, text);
        }
    }

    private static void putTexts(ObjectNode node, String property, List<String> values) {
        List<String> texts = texts(values);
        if (!texts.isEmpty()) {
            texts.forEach(node.putArray(property)::add);
        }
    }

    private static void putInstant(ObjectNode node, String property, Instant value) {
        if (value != null) {
            node.put(property, value.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    private static void putNode(ObjectNode node, String property, ObjectNode value) {
        if (value != null) {
            node.set(property, value);
        }
    }

    private static void putArray(ObjectNode node, String property, ArrayNode values) {
        if (!values.isEmpty()) {
            node.set(property, values);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> texts(List<String> values) {
        Set<String> texts = new LinkedHashSet<>();
        for (String value : listOf(values)) {
            String text = text(value);
            if (text != null) {
                texts.add(text);
            }
        }
        return List.copyOf(texts);
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(listOf(rest));
        return all;
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String requireText(String value, String what) {
        String text = text(value);
        if (text == null) {
            throw new IllegalArgumentException("JSON-LD needs a " + what);
        }
        return text;
    }
}
