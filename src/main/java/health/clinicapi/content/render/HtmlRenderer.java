package health.clinicapi.content.render;

import java.util.List;
import java.util.Locale;

import org.owasp.encoder.Encode;

import health.clinicapi.content.Block;

/**
 * Blocks as an HTML fragment, one block per line. Every text goes through {@link Encode#forHtmlContent} and every
 * attribute value through {@link Encode#forHtmlAttribute} inside double quotes; the only markup is the fixed tags
 * written here.
 */
final class HtmlRenderer extends BlockRenderer {

    HtmlRenderer(RenderContext context) {
        super(context, "\n");
    }

    @Override
    String heading(int level, String text) {
        return "<h" + level + ">" + Encode.forHtmlContent(text) + "</h" + level + ">";
    }

    @Override
    String paragraph(List<Block.Span> spans) {
        return "<p>" + spans(spans) + "</p>";
    }

    @Override
    String list(Block.BulletList list) {
        StringBuilder out = new StringBuilder();
        list(list, out);
        return out.toString();
    }

    private void list(Block.BulletList list, StringBuilder out) {
        String tag = list.ordered() ? "ol" : "ul";
        out.append('<').append(tag).append('>');
        for (Block.ListItem item : orEmpty(list.items())) {
            if (item == null) {
                continue;
            }
            out.append("<li>").append(spans(orEmpty(item.content())));
            if (item.children() != null && !orEmpty(item.children().items()).isEmpty()) {
                list(item.children(), out);
            }
            out.append("</li>");
        }
        out.append("</").append(tag).append('>');
    }

    @Override
    String quote(List<Block.Span> spans, String attribution) {
        return "<blockquote><p>" + spans(spans) + "</p>"
                + (Labels.blank(attribution) ? "" : "<footer>— " + Encode.forHtmlContent(attribution) + "</footer>")
                + "</blockquote>";
    }

    @Override
    String image(Block.Image image) {
        if (!Links.safeImage(image.url())) {
            return "";
        }
        String caption = Labels.blank(image.caption())
                ? image.credit()
                : Labels.blank(image.credit()) ? image.caption() : image.caption() + " — " + image.credit();
        return "<figure><img src=\"" + Encode.forHtmlAttribute(image.url()) + "\" alt=\""
                + Encode.forHtmlAttribute(image.alt() == null ? "" : image.alt()) + "\" loading=\"lazy\">"
                + (Labels.blank(caption) ? "" : "<figcaption>" + Encode.forHtmlContent(caption) + "</figcaption>")
                + "</figure>";
    }

    @Override
    String callout(Block.Tone tone, String title, List<Block.Span> spans) {
        return "<aside class=\"callout callout-" + tone.name().toLowerCase(Locale.ROOT) + "\" role=\"note\">"
                + (Labels.blank(title) ? "" : "<p class=\"callout-title\">" + Encode.forHtmlContent(title) + "</p>")
                + "<p>" + spans(spans) + "</p></aside>";
    }

    @Override
    String indication(String slug, IndicationSummary indication) {
        return "<aside class=\"indication\" data-indication=\"" + Encode.forHtmlAttribute(slug) + "\""
                + (Labels.blank(indication.status())
                        ? ""
                        : " data-status=\"" + Encode.forHtmlAttribute(indication.status()) + "\"")
                + "><p class=\"indication-name\">" + Encode.forHtmlContent(Labels.name(indication)) + "</p>"
                + "<p class=\"indication-status\">" + Encode.forHtmlContent(Labels.status(indication)) + "</p>"
                + (Labels.blank(indication.summary())
                        ? ""
                        : "<p class=\"indication-summary\">" + Encode.forHtmlContent(indication.summary()) + "</p>")
                + "</aside>";
    }

    @Override
    String disclaimer(String key, DisclaimerText disclaimer) {
        StringBuilder out = new StringBuilder("<aside class=\"disclaimer\" data-disclaimer=\"")
                .append(Encode.forHtmlAttribute(key)).append("\">");
        if (!Labels.blank(disclaimer.title())) {
            out.append("<p class=\"disclaimer-title\">").append(Encode.forHtmlContent(disclaimer.title()))
                    .append("</p>");
        }
        for (String paragraph : paragraphs(disclaimer.text())) {
            out.append("<p>").append(Encode.forHtmlContent(paragraph)).append("</p>");
        }
        return out.append("</aside>").toString();
    }

    @Override
    String callToAction(Block.CallToAction cta) {
        String label = Encode.forHtmlContent(cta.label());
        return "<p class=\"cta\">" + (Links.safe(cta.url()) ? anchor(cta.url(), null) + label + "</a>" : label)
                + (Labels.blank(cta.description()) ? "" : " " + Encode.forHtmlContent(cta.description())) + "</p>";
    }

    private String spans(List<Block.Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Block.Span span : spans) {
            if (span == null) {
                continue;
            }
            String html = Encode.forHtmlContent(text(span));
            if (marked(span, Block.Mark.ITALIC)) {
                html = "<em>" + html + "</em>";
            }
            if (marked(span, Block.Mark.BOLD)) {
                html = "<strong>" + html + "</strong>";
            }
            // An href that fails the check again renders its text without a link rather than failing the body.
            out.append(linked(span) ? anchor(span.link().href(), span.link().title()) + html + "</a>" : html);
        }
        return out.toString();
    }

    /**
     * An opening tag. Links that leave the site get {@code rel="noopener noreferrer"}: no referrer goes to another host,
     * and no opener either should a front end add {@code target}. Links within the site go without.
     */
    private String anchor(String href, String title) {
        return "<a href=\"" + Encode.forHtmlAttribute(href) + "\""
                + (Labels.blank(title) ? "" : " title=\"" + Encode.forHtmlAttribute(title) + "\"")
                + (Links.external(href, siteHost) ? " rel=\"noopener noreferrer\"" : "") + ">";
    }
}
