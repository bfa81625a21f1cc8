package health.clinicapi.content.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import health.clinicapi.content.Block;
import health.clinicapi.content.SafeUrl;

/**
 * Resolves {@code {{clinic.name}}}-style placeholders with the values of the clinic whose site shows the text
 * ({@code ClinicEntity.templateVariables()}). A placeholder without a value is left as written, so a typo shows
 * rather than silently vanishing. Values are plain data: they are substituted before rendering, so every renderer
 * escapes them like any other text. In link targets a value is only used when the resulting URL is still safe.
 */
public final class TemplateVariables {

    /** {@code {{ clinic.city }}}: spaces inside the braces are allowed. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(clinic\\.[A-Za-z0-9_.-]+)\\s*}}");
    private static final Set<String> URL_FIELDS = Set.of("url", "href");
    private static final Set<String> KEY_FIELDS = Set.of("type", "indication", "key", "tone", "level", "ordered");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {
    };

    private TemplateVariables() {
    }

    /** Whether the text has a placeholder at all (most text has none, and is then returned as is). */
    public static boolean hasPlaceholder(String text) {
        return text != null && text.contains("{{");
    }

    /** The text with every known placeholder replaced; null stays null. */
    public static String resolve(String text, Map<String, String> values) {
        if (!hasPlaceholder(text)) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The blocks with placeholders resolved in every text; the same list when none has a placeholder. */
    public static List<Block> resolve(List<Block> body, Map<String, String> values) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        JsonNode tree;
        try {
            byte[] json = JSON.writerFor(BLOCKS).writeValueAsBytes(body);
            if (!hasPlaceholder(json)) {
                // Most bodies have none: no tree to build and walk.
                return body;
            }
            tree = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("blocks always serialize", e);
        }
        if (!walk(tree, values)) {
            return body;
        }
        return JSON.convertValue(tree, BLOCKS);
    }

    /** Whether the JSON text has "{{" anywhere (JSON never escapes a brace inside a string). */
    private static boolean hasPlaceholder(byte[] json) {
        for (int i = 1; i < json.length; i++) {
            if (json[i] == '{' && json[i - 1] == '{') {
                return true;
            }
        }
        return false;
    }

    /** Replaces in place; true when anything changed. */
    private static boolean walk(JsonNode node, Map<String, String> values) {
        boolean changed = false;
        if (node instanceof ArrayNode array) {
            for (JsonNode child : array) {
                changed |= walk(child, values);
            }
        } else if (node instanceof ObjectNode object) {
            var fields = object.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && !KEY_FIELDS.contains(field.getKey()) && hasPlaceholder(value.asText())) {
                    String resolved = resolve(value.asText(), values);
                    if (URL_FIELDS.contains(field.getKey()) && !SafeUrl.Validator.isSafe(resolved, false)) {
                        continue;
                    }
                    field.setValue(TextNode.valueOf(resolved));
                    changed = true;
                } else if (value.isContainerNode()) {
                    changed |= walk(value, values);
                }
            }
        }
        return changed;
    }
}
