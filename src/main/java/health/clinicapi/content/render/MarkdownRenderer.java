package health.clinicapi.content.render;

import static health.clinicapi.content.render.MarkdownText.canClose;
import static health.clinicapi.content.render.MarkdownText.canOpen;
import static health.clinicapi.content.render.MarkdownText.destination;
import static health.clinicapi.content.render.MarkdownText.escape;
import static health.clinicapi.content.render.MarkdownText.lineStart;
import static health.clinicapi.content.render.MarkdownText.title;
import static health.clinicapi.content.render.MarkdownText.trim;
import static health.clinicapi.content.render.MarkdownText.whitespace;

import java.util.ArrayList;
import java.util.List;

import health.clinicapi.content.Block;

/**
 * Blocks as CommonMark, apart by a blank line. Text is escaped so it reads back as itself; bold and italic are written
 * only where a parser will read them as such (otherwise the text goes without them), and callouts, indications and
 * disclaimers become block quotes with a bold first line.
 */
final class MarkdownRenderer extends BlockRenderer {

    /** Which bullet or number delimiter the last list used: two lists in a row need different ones to stay two. */
    private int listVariant;

    MarkdownRenderer(RenderContext context) {
        super(context, "\n\n");
    }

    @Override
    String heading(int level, String text) {
        return "#".repeat(level) + " " + trim(escape(text));
    }

    @Override
    String paragraph(List<Block.Span> spans) {
        return line(spans);
    }

    @Override
    String list(Block.BulletList list) {
        listVariant = previous instanceof Block.BulletList before && before.ordered() == list.ordered()
                ? 1 - listVariant
                : 0;
        StringBuilder out = new StringBuilder();
        list(list, "", listVariant, out);
        return out.toString();
    }

    private void list(Block.BulletList list, String indent, int variant, StringBuilder out) {
        int number = 0;
        for (Block.ListItem item : orEmpty(list.items())) {
            if (item == null) {
                continue;
            }
            number++;
            String marker = list.ordered() ? number + (variant == 0 ? "." : ")") : variant == 0 ? "-" : "*";
            String content = line(orEmpty(item.content()));
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(indent).append(marker).append(content.isEmpty() ? "" : " " + content);
            if (item.children() != null) {
                // A nested list starts where its item's text starts.
                list(item.children(), indent + " ".repeat(marker.length() + 1), 0, out);
            }
        }
    }

    @Override
    String quote(List<Block.Span> spans, String attribution) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(line(spans));
        if (!Labels.blank(attribution)) {
            paragraphs.add("— " + trim(escape(attribution)));
        }
        return blockQuote(paragraphs);
    }

    @Override
    String image(Block.Image image) {
        if (!Links.safeImage(image.url())) {
            return "";
        }
        String caption = Labels.blank(image.caption())
                ? image.credit()
                : Labels.blank(image.credit()) ? image.caption() : image.caption() + " — " + image.credit();
        return "![" + escape(image.alt() == null ? "" : image.alt()) + "](" + destination(image.url())
                + title(caption) + ")";
    }

    @Override
    String callout(Block.Tone tone, String title, List<Block.Span> spans) {
        List<String> paragraphs = new ArrayList<>();
        if (!Labels.blank(title)) {
            paragraphs.add(strong(title));
        }
        paragraphs.add(line(spans));
        return blockQuote(paragraphs);
    }

    @Override
    String indication(String slug, IndicationSummary indication) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(strong(Labels.name(indication)));
        paragraphs.add(lineStart(escape(Labels.status(indication))));
        if (!Labels.blank(indication.summary())) {
            paragraphs.add(lineStart(escape(indication.summary())));
        }
        return blockQuote(paragraphs);
    }

    @Override
    String disclaimer(String key, DisclaimerText disclaimer) {
        List<String> paragraphs = new ArrayList<>();
        if (!Labels.blank(disclaimer.title())) {
            paragraphs.add(strong(disclaimer.title()));
        }
        paragraphs(disclaimer.text()).forEach(paragraph -> paragraphs.add(lineStart(escape(paragraph))));
        return blockQuote(paragraphs);
    }

    @Override
    String callToAction(Block.CallToAction cta) {
        String label = escape(cta.label());
        return lineStart((Links.safe(cta.url()) ? "[" + label + "](" + destination(cta.url()) + ")" : label)
                + (Labels.blank(cta.description()) ? "" : " " + escape(cta.description())));
    }

    /** Paragraphs in one block quote, a quoted blank line between them so none runs into the next. */
    private static String blockQuote(List<String> paragraphs) {
        return paragraphs.stream().filter(paragraph -> !paragraph.isEmpty()).map(paragraph -> "> " + paragraph)
                .reduce((a, b) -> a + "\n>\n" + b).orElse("");
    }

    /** A whole line of bold text: a line's own start and end always let the delimiters work. */
    private static String strong(String text) {
        String core = trim(escape(text));
        return core.isEmpty() ? "" : "**" + core + "**";
    }

    /** Spans as one line that starts no block, without trailing blanks (two of them would be a hard break). */
    private String line(List<Block.Span> spans) {
        String inline = inline(spans);
        int end = inline.length();
        while (end > 0 && (inline.charAt(end - 1) == ' ' || inline.charAt(end - 1) == '\t')) {
            end--;
        }
        return lineStart(inline.substring(0, end));
    }

    private String inline(List<Block.Span> spans) {
        List<Block.Span> present = spans.stream().filter(span -> span != null && !text(span).isEmpty()).toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < present.size(); i++) {
            Block.Span span = present.get(i);
            if (linked(span)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) == '!') {
                    // "!" right before "[" would make the link an image.
                    out.insert(out.length() - 1, '\\');
                }
                out.append('[');
                emphasis(span, ']', out);
                out.append("](").append(destination(span.link().href())).append(title(span.link().title()))
                        .append(')');
            } else {
                emphasis(span, i + 1 < present.size() ? start(present.get(i + 1)) : -1, out);
            }
        }
        return out.toString();
    }

    /** The first character a span will write, bar an emphasis delimiter (escaped text never starts with one). */
    private static int start(Block.Span span) {
        return linked(span) ? '[' : escape(text(span)).codePointAt(0);
    }

    /**
     * A span's escaped text, in delimiters for its marks when a parser will read them as emphasis between
     * {@code before} (what {@code out} ends with) and {@code after}; blanks at either end go outside the delimiters.
     */
    private static void emphasis(Block.Span span, int after, StringBuilder out) {
        String text = escape(text(span));
        boolean bold = marked(span, Block.Mark.BOLD);
        boolean italic = marked(span, Block.Mark.ITALIC);
        int lead = 0;
        while (lead < text.length() && whitespace(text.codePointAt(lead))) {
            lead += Character.charCount(text.codePointAt(lead));
        }
        int trail = text.length();
        while (trail > lead && whitespace(text.codePointBefore(trail))) {
            trail -= Character.charCount(text.codePointBefore(trail));
        }
        if (!bold && !italic || lead == trail) {
            out.append(text);
            return;
        }
        out.append(text, 0, lead);
        String core = text.substring(lead, trail);
        int before = out.isEmpty() ? -1 : out.codePointBefore(out.length());
        int next = trail < text.length() ? text.codePointAt(trail) : after;
        String open = bold && italic ? "**_" : bold ? "**" : "_";
        String close = bold && italic ? "_**" : open;
        if (delimits(bold, italic, before, core, next)) {
            out.append(open).append(core).append(close);
        } else {
            out.append(core);
        }
        out.append(text, trail, text.length());
    }

    private static boolean delimits(boolean bold, boolean italic, int before, String core, int after) {
        int first = core.codePointAt(0);
        int last = core.codePointBefore(core.length());
        // A neighbouring '*' or '_' would merge into the same delimiter run and change how it pairs.
        if (before == '*' || before == '_' || after == '*' || after == '_') {
            return false;
        }
        if (bold && italic) {
            return canOpen('*', before, '_') && canOpen('_', '*', first) && canClose('_', last, '*')
                    && canClose('*', '_', after);
        }
        char delimiter = bold ? '*' : '_';
        return canOpen(delimiter, before, first) && canClose(delimiter, last, after);
    }
}
