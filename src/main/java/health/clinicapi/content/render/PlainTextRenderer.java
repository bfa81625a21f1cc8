package health.clinicapi.content.render;

import java.util.List;

import health.clinicapi.content.Block;

/**
 * Blocks as text without any markup, for search snippets, e-mail and SMS: blocks apart by a blank line, list items
 * as "- " or "1. " indented two spaces per level, a link's href in brackets after its text.
 */
final class PlainTextRenderer extends BlockRenderer {

    PlainTextRenderer(RenderContext context) {
        super(context, "\n\n");
    }

    @Override
    String heading(int level, String text) {
        return text;
    }

    @Override
    String paragraph(List<Block.Span> spans) {
        return spans(spans);
    }

    @Override
    String list(Block.BulletList list) {
        StringBuilder out = new StringBuilder();
        list(list, "", out);
        return out.toString();
    }

    private void list(Block.BulletList list, String indent, StringBuilder out) {
        int number = 0;
        for (Block.ListItem item : orEmpty(list.items())) {
            if (item == null) {
                continue;
            }
            number++;
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(indent).append(list.ordered() ? number + ". " : "- ").append(spans(orEmpty(item.content())));
            if (item.children() != null) {
                list(item.children(), indent + "  ", out);
            }
        }
    }

    @Override
    String quote(List<Block.Span> spans, String attribution) {
        return "“" + spans(spans) + "”" + (Labels.blank(attribution) ? "" : " — " + attribution);
    }

    @Override
    String image(Block.Image image) {
        return Labels.blank(image.alt()) ? "[Image]" : "[Image: " + image.alt() + "]";
    }

    @Override
    String callout(Block.Tone tone, String title, List<Block.Span> spans) {
        return (Labels.blank(title) ? "" : title + "\n") + spans(spans);
    }

    @Override
    String indication(String slug, IndicationSummary indication) {
        return Labels.name(indication) + ": " + Labels.status(indication) + "."
                + (Labels.blank(indication.summary()) ? "" : " " + indication.summary());
    }

    @Override
    String disclaimer(String key, DisclaimerText disclaimer) {
        String text = String.join("\n\n", paragraphs(disclaimer.text()));
        if (Labels.blank(disclaimer.title())) {
            return text;
        }
        return text.isEmpty() ? disclaimer.title() : disclaimer.title() + ": " + text;
    }

    @Override
    String callToAction(Block.CallToAction cta) {
        return cta.label() + (Links.safe(cta.url()) ? ": " + cta.url() : "")
                + (Labels.blank(cta.description()) ? "" : "\n" + cta.description());
    }

    private static String spans(List<Block.Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Block.Span span : spans) {
            if (span == null) {
                continue;
            }
            out.append(text(span));
            // A mail client or SMS app links a bare URL itself, so an unsafe href is dropped rather than shown.
            if (linked(span) && !sameAsText(span.link().href(), text(span))) {
                out.append(" (").append(span.link().href()).append(')');
            }
        }
        return out.toString();
    }

    /** Whether printing the href would only repeat the text, as for "info@clinic.example" to its mailto: link. */
    private static boolean sameAsText(String href, String text) {
        String shown = text.strip();
        return href.equals(shown) || href.equalsIgnoreCase("mailto:" + shown) || href.equalsIgnoreCase("tel:" + shown);
    }
}
