package health.clinicapi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

/**
 * An OpenAPI 3.1 document as a test oracle: tells whether a response is one the document describes for its operation
 * (a documented status, a documented content type, a body valid against that content's schema). Schemas are checked
 * as OpenAPI 3.1 defines them, JSON Schema 2020-12, by networknt's validator with the whole document as the root so
 * {@code $ref}s resolve; documented response headers are optional and not checked.
 */
public final class OpenApiContract {

    /** The committed document, relative to the module directory Maven runs the tests in. */
    public static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    /** Where the document is said to live; it is served from memory, never fetched. */
    private static final String IRI = "https://clinic-content-api.test/openapi.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * OpenAPI 3.1's schema dialect. The document itself is the root the schemas' {@code $ref}s resolve against, so
     * its own fields are declared as keywords that validate nothing, instead of being warned about as unknown ones.
     */
    private static final JsonMetaSchema DIALECT = JsonMetaSchema.builder(OpenApi31.getInstance())
            .keywords(Stream.of("openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components",
                    "security", "tags").map(NonValidationKeyword::new).toList())
            .build();

    private final JsonNode document;
    private final String basePath;
    private final List<PathTemplate> paths;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
        this.basePath = URI.create(document.at("/servers/0/url").asText("/")).getPath().replaceAll("/$", "");
        this.paths = keys(document.path("paths")).stream().map(PathTemplate::of)
                .sorted(PathTemplate.MOST_SPECIFIC_FIRST).toList();
        String json = document.toString();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(DIALECT).defaultMetaSchemaIri(DIALECT.getIri())
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(IRI, json))));
        // OpenAPI 3.1 leaves format assertion to the tool; asserting it (uuid, date-time, int32, ...) catches more.
        this.config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH).build();
    }

    /** The committed {@code openapi/openapi.yaml}, read once. */
    public static OpenApiContract committed() {
        return Committed.CONTRACT;
    }

    /** A contract from the text of an OpenAPI 3.1 document in YAML (or JSON, which is YAML too). */
    public static OpenApiContract parse(String yaml) {
        try {
            return new OpenApiContract(new YAMLMapper().readTree(yaml));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a YAML document", e);
        }
    }

    /**
     * Checks one response. Empty when {@code method} and {@code rawPath} are not an operation of the document (the
     * /q endpoints, test-only resources, a method the path does not have); otherwise the verdict, with no violations
     * when the document describes the response.
     */
    public Optional<Verdict> check(String method, String rawPath, int status, String contentType, String body) {
        Optional<PathTemplate> template = template(rawPath);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        String lowerMethod = method.toLowerCase(Locale.ROOT);
        String operationPointer = "/paths/" + escape(template.get().path()) + "/" + lowerMethod;
        JsonNode operation = document.at(operationPointer);
        if (!operation.isObject()) {
            return Optional.empty();
        }
        String name = method.toUpperCase(Locale.ROOT) + " " + template.get().path();
        return Optional.of(new Verdict(name, status, contentType, body,
                violations(operationPointer, operation, status, contentType, body)));
    }

    private List<String> violations(String operationPointer, JsonNode operation, int status, String contentType,
            String body) {
        JsonNode responses = operation.path("responses");
        // The exact code wins over a range (4XX), which wins over default, as OpenAPI says.
        String code = Stream.of(String.valueOf(status), status / 100 + "XX", "default").filter(responses::has)
                .findFirst().orElse(null);
        if (code == null) {
            return List.of("status " + status + " is not documented; documented: "
                    + String.join(", ", keys(responses)));
        }
        String responsePointer = operationPointer + "/responses/" + escape(code);
        JsonNode response = responses.path(code);
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = document.at(responsePointer);
        }
        boolean hasBody = body != null && !body.isEmpty();
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            return hasBody
                    ? List.of("the response has a " + contentType + " body; the document describes none")
                    : List.of();
        }
        List<String> documented = keys(content);
        if (!hasBody) {
            return List.of("the response has no body; the document describes " + String.join(", ", documented));
        }
        String mediaType = mediaType(contentType);
        Optional<String> key = documented.stream().filter(documentedType -> matches(documentedType, mediaType))
                .min(Comparator.comparingInt(documentedType -> documentedType.indexOf('*') < 0 ? 0 : 1));
        if (key.isEmpty()) {
            return List.of("content type " + contentType + " is not documented; documented: "
                    + String.join(", ", documented));
        }
        String schemaPointer = responsePointer + "/content/" + escape(key.get()) + "/schema";
        if (!document.at(schemaPointer).isObject() || !isJson(mediaType)) {
            // A JSON Schema describes JSON; any other media type (the document has none today) is held to its
            // content type only.
            return List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of("the " + mediaType + " body is not JSON: " + e.getOriginalMessage());
        }
        return schema(schemaPointer).validate(instance).stream().map(OpenApiContract::describe).sorted().toList();
    }

    private JsonSchema schema(String pointer) {
        return schemas.computeIfAbsent(pointer,
                p -> factory.getSchema(SchemaLocation.of(IRI + "#" + p), config));
    }

    private Optional<PathTemplate> template(String rawPath) {
        if (!rawPath.startsWith(basePath)) {
            return Optional.empty();
        }
        String path = rawPath.substring(basePath.length());
        return paths.stream().filter(t -> t.matches(path)).findFirst();
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static String describe(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        return (location.isEmpty() ? "(root)" : location) + " " + message.getType() + ": " + message.getError();
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String documented, String actual) {
        String d = documented.toLowerCase(Locale.ROOT);
        return d.equals(actual) || d.equals("*/*")
                || (d.endsWith("/*") && actual.startsWith(d.substring(0, d.length() - 1)));
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** A JSON pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * What the document says about one response of one operation.
     *
     * @param operation method and path template, e.g. {@code GET /v1/clinics/{slug}}
     * @param violations every way the response differs from the document; empty when it does not
     */
    public record Verdict(String operation, int status, String contentType, String body, List<String> violations) {

        /** A message for a failed test: the operation, the status, each violation and the start of the body. */
        public String message() {
            StringBuilder message = new StringBuilder().append(operation).append(" answered ").append(status)
                    .append(contentType == null || contentType.isEmpty() ? "" : " " + contentType)
                    .append(", which openapi/openapi.yaml does not describe:");
            violations.forEach(v -> message.append("\n  - ").append(v));
            if (body != null && !body.isEmpty()) {
                message.append("\n  body: ").append(body.length() > 600 ? body.substring(0, 600) + "…" : body);
            }
            return message.toString();
        }
    }

    /** A path of the document as a pattern; the one with the most literal characters wins, as in JAX-RS. */
    private record PathTemplate(String path, Pattern pattern, int literals, int parameters) {

        static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST = Comparator
                .comparingInt(PathTemplate::literals).reversed().thenComparingInt(PathTemplate::parameters);

        private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

        static PathTemplate of(String path) {
            StringBuilder regex = new StringBuilder();
            Matcher matcher = PARAMETER.matcher(path);
            int last = 0;
            int literals = 0;
            int parameters = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(path.substring(last, matcher.start()))).append("[^/]+");
                literals += matcher.start() - last;
                last = matcher.end();
                parameters++;
            }
            regex.append(Pattern.quote(path.substring(last)));
            literals += path.length() - last;
            return new PathTemplate(path, Pattern.compile(regex.toString()), literals, parameters);
        }

        boolean matches(String rawPath) {
            return pattern.matcher(rawPath).matches();
        }
    }

    private static final class Committed {
        static final OpenApiContract CONTRACT = load();

        private static OpenApiContract load() {
            try {
                return parse(Files.readString(COMMITTED, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + COMMITTED.toAbsolutePath(), e);
            }
        }
    }
}
