package health.clinicapi.content.render;

import static health.clinicapi.content.render.RenderFixtures.CONTEXT;
import static health.clinicapi.content.render.RenderFixtures.bold;
import static health.clinicapi.content.render.RenderFixtures.boldItalic;
import static health.clinicapi.content.render.RenderFixtures.italic;
import static health.clinicapi.content.render.RenderFixtures.link;
import static health.clinicapi.content.render.RenderFixtures.paragraph;
import static health.clinicapi.content.render.RenderFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import health.clinicapi.content.Block;
import health.clinicapi.content.Block.Mark;
import health.clinicapi.content.Block.Span;

/**
 * Bold, italic and links in markdown, checked character by character against what commonmark-java parses: text
 * always reads back as itself, never gains emphasis or a link it did not have, and keeps its marks where a parser
 * can show them.
 */
class MarkdownEmphasisTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final String[] ALPHABET = {"a", "b", "Z", "1", "9", " ", "  ", "\t", "\u00a0", "\n", "*", "_",
            "[", "]", "(", ")", "#", "+", "-", ".", "!", "`", "<", ">", "|", "~", "\\", "&", "&amp;", ";", ":", "=",
            "\"", "'", "😀", "€", "é", "—", "“"};
    private static final String[] HREFS = {"https://harbor.example/x", "https://www.fda.gov/a_(b)",
            "mailto:a@b.example", "javascript:alert(1)"};

    /** One character as a reader sees it. */
    record Char(int codePoint, boolean bold, boolean italic, String href) {
    }

    @Test
    void keeps_marks_and_links_on_ordinary_sentences() {
        String markdown = Renderer.render(Format.MARKDOWN, List.of(paragraph(text("Use "), bold("Botox "),
                text("for "), italic("severe"), text(" sweating ("), boldItalic("not"), text(") wrinkles: "),
                new Span("see the label", Set.of(Mark.ITALIC), new Block.Link("https://www.fda.gov/", null)),
                text("."))), CONTEXT);

        assertThat(markdown).isEqualTo(
                "Use **Botox** for _severe_ sweating (**_not_**) wrinkles: [_see the label_](<https://www.fda.gov/>).");
        assertThat(MarkdownRendererTest.parsed(markdown)).isEqualTo("<p>Use <strong>Botox</strong> for "
                + "<em>severe</em> sweating (<strong><em>not</em></strong>) wrinkles: "
                + "<a href=\"https://www.fda.gov/\"><em>see the label</em></a>.</p>");
    }

    @Test
    void leaves_out_marks_a_parser_would_show_as_literal_asterisks_or_underscores() {
        // Intraword underscores never emphasise, and "**" after a letter cannot open before punctuation.
        assertThat(render(text("non"), italic("invasive"))).isEqualTo("noninvasive");
        assertThat(render(text("a"), bold("“quoted”"))).isEqualTo("a“quoted”");
        assertThat(render(bold("one"), bold("two"))).isEqualTo("**one**two");
        assertThat(render(text("x"), bold("😀"))).isEqualTo("x😀");
        assertThat(render(bold("in"), text("side"))).isEqualTo("**in**side");
    }

    @Test
    void random_spans_read_back_as_their_text_without_emphasis_or_links_they_did_not_ask_for() {
        Random random = new Random(20_261_122);
        int kept = 0;
        int marked = 0;
        for (int run = 0; run < 10_000; run++) {
            List<Span> spans = randomSpans(random);
            String markdown = render(spans.toArray(Span[]::new));
            List<Char> actual = new ArrayList<>();
            List<Link> links = new ArrayList<>();
            read(PARSER.parse(markdown), false, false, null, actual, links, markdown);
            List<Char> expected = expected(spans);

            String context = "spans " + spans + " rendered as " + markdown;
            int a = leadingBlanks(actual);
            int e = leadingBlanks(expected);
            int length = actual.size() - a - trailingBlanks(actual);
            assertThat(string(expected, e, expected.size() - e - trailingBlanks(expected))).as(context)
                    .isEqualTo(string(actual, a, length));
            for (int i = 0; i < length; i++) {
                Char got = actual.get(a + i);
                Char want = expected.get(e + i);
                assertThat(got.href()).as("link of character %d of %s", i, context).isEqualTo(want.href());
                assertThat((!got.bold() || want.bold()) && (!got.italic() || want.italic()))
                        .as("no mark added on character %d of %s", i, context).isTrue();
                if (want.bold() || want.italic()) {
                    marked++;
                    kept += got.bold() == want.bold() && got.italic() == want.italic() ? 1 : 0;
                }
            }
            assertThat(links).extracting(Link::getTitle).as(context).containsExactlyElementsOf(titles(spans));
        }
        // Hostile neighbours cost some marks (about 30% of this alphabet); more lost means the fallback is too eager.
        assertThat(kept * 10).as("%d of %d marked characters kept", kept, marked).isGreaterThan(marked * 6);
    }

    private static String render(Span... spans) {
        return Renderer.render(Format.MARKDOWN, List.of(paragraph(spans)), CONTEXT);
    }

    private static List<Span> randomSpans(Random random) {
        List<Span> spans = new ArrayList<>();
        for (int s = random.nextInt(6) + 1; s > 0; s--) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(5) + 1; c > 0; c--) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            Set<Mark> marks = switch (random.nextInt(5)) {
                case 0, 1 -> EnumSet.noneOf(Mark.class);
                case 2 -> EnumSet.of(Mark.BOLD);
                case 3 -> EnumSet.of(Mark.ITALIC);
                default -> EnumSet.allOf(Mark.class);
            };
            Block.Link link = random.nextInt(4) > 0
                    ? null
                    : new Block.Link(HREFS[random.nextInt(HREFS.length)], random.nextBoolean() ? null : "t" + text);
            spans.add(new Span(text.toString(), marks, link));
        }
        return spans;
    }

    private static List<Char> expected(List<Span> spans) {
        List<Char> chars = new ArrayList<>();
        for (Span span : spans) {
            String href = span.link() != null && Links.safe(span.link().href()) ? span.link().href() : null;
            span.text().replaceAll("\\R", " ").codePoints().forEach(cp -> chars.add(new Char(cp,
                    span.marks().contains(Mark.BOLD), span.marks().contains(Mark.ITALIC), href)));
        }
        return chars;
    }

    private static List<String> titles(List<Span> spans) {
        return spans.stream().filter(span -> span.link() != null && Links.safe(span.link().href()))
                .map(span -> span.link().title() == null ? null : span.link().title().replaceAll("\\R", " "))
                .toList();
    }

    private static void read(Node node, boolean bold, boolean italic, String href, List<Char> out,
            List<Link> links, String markdown) {
        if (node instanceof Text text) {
            text.getLiteral().codePoints().forEach(cp -> out.add(new Char(cp, bold, italic, href)));
            return;
        }
        if (node instanceof Link link) {
            links.add(link);
        } else if (!(node instanceof Document || node instanceof Paragraph || node instanceof StrongEmphasis
                || node instanceof Emphasis)) {
            fail("%s in %s", node, markdown);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            read(child, bold || node instanceof StrongEmphasis, italic || node instanceof Emphasis,
                    node instanceof Link link ? link.getDestination() : href, out, links, markdown);
        }
    }

    private static int leadingBlanks(List<Char> chars) {
        int i = 0;
        while (i < chars.size() && blank(chars.get(i))) {
            i++;
        }
        return i;
    }

    private static int trailingBlanks(List<Char> chars) {
        int i = 0;
        while (i < chars.size() - leadingBlanks(chars) && blank(chars.get(chars.size() - 1 - i))) {
            i++;
        }
        return i;
    }

    /** Spaces and tabs, which a paragraph drops at its ends. */
    private static boolean blank(Char c) {
        return c.codePoint() == ' ' || c.codePoint() == '\t';
    }

    private static String string(List<Char> chars, int from, int length) {
        StringBuilder text = new StringBuilder();
        chars.subList(from, from + Math.max(0, length)).forEach(c -> text.appendCodePoint(c.codePoint()));
        return Objects.toString(text);
    }
}
