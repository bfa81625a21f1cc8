package health.clinicapi.snippet;

import java.util.List;

import org.owasp.encoder.Encode;

import health.clinicapi.content.Block;
import health.clinicapi.content.render.Format;
import health.clinicapi.content.render.Renderer;

/**
 * The format a snippet's texts come in; as a query value ({@code format=}) the lower-case name. Truncation and counting
 * happen on the plain text: escaping only changes how the same visible characters are written.
 */
public enum SnippetFormat {
    /** Plain text, as is. */
    TEXT,
    /** Text for an HTML element's content or attribute value: every markup character escaped. */
    HTML,
    /** CommonMark in which no text can turn into markup: the same escaping as rendered article bodies. */
    MARKDOWN;

    /** The format named by {@code value}, in any case; null for anything else. */
    static SnippetFormat parse(String value) {
        for (SnippetFormat format : values()) {
            if (format.name().equalsIgnoreCase(value)) {
                return format;
            }
        }
        return null;
    }

    /** {@code text} (plain, one line) written in this format. */
    String write(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (this) {
            case TEXT -> text;
            case HTML -> Encode.forHtml(text);
            // One paragraph through the article renderer: its escaping is already proven against CommonMark parsers.
            case MARKDOWN -> Renderer.render(Format.MARKDOWN,
                    List.of(new Block.Paragraph(List.of(new Block.Span(text, null, null)))), null);
        };
    }
}
