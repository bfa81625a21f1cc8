package health.clinicapi.content.render;

import java.util.Map;

/**
 * What the blocks reference, resolved by the caller for one clinic: the clinic site's base URL (links to its own host
 * are internal) and the indications and disclaimers the blocks name, by slug and key. References missing from the
 * maps render as nothing.
 */
public record RenderContext(String siteBaseUrl, Map<String, IndicationSummary> indications,
        Map<String, DisclaimerText> disclaimers) {

    public RenderContext {
        indications = indications == null ? Map.of() : Map.copyOf(indications);
        disclaimers = disclaimers == null ? Map.of() : Map.copyOf(disclaimers);
    }

    /** A context that resolves no references; {@code siteBaseUrl} may be null (every link is then external). */
    public static RenderContext empty(String siteBaseUrl) {
        return new RenderContext(siteBaseUrl, Map.of(), Map.of());
    }
}
