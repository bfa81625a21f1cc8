package health.clinicapi.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.json.JsonArray;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Expands our JSON-LD with a real JSON-LD processor, serving schema.org's context from a test resource (tests have no
 * network).
 *
 * <p>
 * {@code jsonld/schemaorg-context.jsonld} is the part of schema.org's published context that our output uses, copied
 * term for term from schemaorg/schemaorg release 29.0 ({@code data/releases/29.0/schemaorgcontext.jsonld}, the context
 * https://schema.org serves): the same {@code @vocab}, which is {@code http://schema.org/} (not https), {@code "@type":
 * "@id"} on {@code url} and {@code image}, {@code "@type": "Date"} on the three dates. Every term in it exists in the
 * current vocabulary, so keeping the builder inside the file keeps it inside schema.org.
 */
final class SchemaOrgContext {

    /** Where the schema.org context puts every term. */
    static final String VOCAB = "http://schema.org/";

    private static final String RESOURCE = "/jsonld/schemaorg-context.jsonld";
    private static final Set<String> CONTEXT_URLS = Set.of("https://schema.org", "https://schema.org/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaOrgContext() {
    }

    /** The expanded form, as Jackson nodes; fails the test when the processor refuses the document. */
    static JsonNode expand(ObjectNode jsonLd) {
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonLd.toString())))
                    .loader(SchemaOrgContext::load)
                    .get();
            return JSON.readTree(expanded.toString());
        } catch (JsonLdError | IOException e) {
            throw new AssertionError("JSON-LD expansion failed: " + e.getMessage(), e);
        }
    }

    /** The terms (types and properties) the local context defines. */
    static Set<String> terms() {
        try (InputStream in = SchemaOrgContext.class.getResourceAsStream(RESOURCE)) {
            Set<String> terms = new LinkedHashSet<>();
            JSON.readTree(in).get("@context").fieldNames().forEachRemaining(terms::add);
            return terms;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!CONTEXT_URLS.contains(url.toString())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Tests serve only schema.org: " + url);
        }
        try (InputStream in = SchemaOrgContext.class.getResourceAsStream(RESOURCE)) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
        }
    }
}
