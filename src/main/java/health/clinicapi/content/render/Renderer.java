package health.clinicapi.content.render;

import java.util.List;
import java.util.Objects;

import health.clinicapi.content.Block;

/**
 * Renders structured blocks as a safe HTML fragment, plain text or CommonMark. Pure and deterministic: the same blocks
 * and context give the same string, references missing from the context render as nothing, and no block content can
 * turn into markup, script or a link with an unsafe scheme.
 */
public final class Renderer {

    private Renderer() {
    }

    /** The blocks in {@code format}; null blocks render as an empty string, a null context resolves nothing. */
    public static String render(Format format, List<Block> blocks, RenderContext context) {
        Objects.requireNonNull(format, "format");
        List<Block> body = blocks == null ? List.of() : blocks;
        RenderContext resolved = context == null ? RenderContext.empty(null) : context;
        return switch (format) {
            case HTML -> new HtmlRenderer(resolved).render(body);
            case PLAINTEXT -> new PlainTextRenderer(resolved).render(body);
            case MARKDOWN -> new MarkdownRenderer(resolved).render(body);
        };
    }
}
