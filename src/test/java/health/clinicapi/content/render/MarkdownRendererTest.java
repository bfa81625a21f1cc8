package health.clinicapi.content.render;

import static health.clinicapi.content.render.RenderFixtures.CONTEXT;
import static health.clinicapi.content.render.RenderFixtures.SITE;
import static health.clinicapi.content.render.RenderFixtures.bold;
import static health.clinicapi.content.render.RenderFixtures.boldItalic;
import static health.clinicapi.content.render.RenderFixtures.bullets;
import static health.clinicapi.content.render.RenderFixtures.callout;
import static health.clinicapi.content.render.RenderFixtures.cta;
import static health.clinicapi.content.render.RenderFixtures.disclaimer;
import static health.clinicapi.content.render.RenderFixtures.heading;
import static health.clinicapi.content.render.RenderFixtures.image;
import static health.clinicapi.content.render.RenderFixtures.indication;
import static health.clinicapi.content.render.RenderFixtures.italic;
import static health.clinicapi.content.render.RenderFixtures.item;
import static health.clinicapi.content.render.RenderFixtures.link;
import static health.clinicapi.content.render.RenderFixtures.numbered;
import static health.clinicapi.content.render.RenderFixtures.paragraph;
import static health.clinicapi.content.render.RenderFixtures.quote;
import static health.clinicapi.content.render.RenderFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import health.clinicapi.content.Block;

/**
 * Blocks as CommonMark. Every expectation on structure is checked by parsing the output with commonmark-java and
 * comparing the HTML it makes, so escaping is proven by a real parser rather than by eye.
 */
class MarkdownRendererTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final org.commonmark.renderer.html.HtmlRenderer HTML = org.commonmark.renderer.html.HtmlRenderer
            .builder().build();

    private static String markdown(Block... blocks) {
        return Renderer.render(Format.MARKDOWN, List.of(blocks), CONTEXT);
    }

    /** What a CommonMark parser makes of the markdown, as HTML without the final newline. */
    static String parsed(String markdown) {
        return HTML.render(PARSER.parse(markdown)).stripTrailing();
    }

    @Test
    void renders_every_block_type_apart_by_blank_lines() {
        String markdown = Renderer.render(Format.MARKDOWN, RenderFixtures.everyBlock(), CONTEXT);

        assertThat(markdown).isEqualTo("""
                ## What Botox treats

                Botox is **approved** for _severe sweating_.

                - Armpits
                  1. About 50 units each
                - Palms

                > It changed my summers.
                >
                > — A patient

                ![Injection sites](<https://img.example/a.jpg> "Sites — Harbor Aesthetics")

                > **Note**
                >
                > Results vary.

                > **Severe underarm sweating**
                >
                > Approved in US since 2004 (Botox)
                >
                > Botox reduces sweating for months.

                > **Off-label use**
                >
                > Some uses described here are off-label.
                >
                > Ask your clinician.

                [Book a consultation](<https://harbor.example/book>) Free for new patients.""");
        assertThat(parsed(markdown)).isEqualTo("""
                <h2>What Botox treats</h2>
                <p>Botox is <strong>approved</strong> for <em>severe sweating</em>.</p>
                <ul>
                <li>Armpits
                <ol>
                <li>About 50 units each</li>
                </ol>
                </li>
                <li>Palms</li>
                </ul>
                <blockquote>
                <p>It changed my summers.</p>
                <p>— A patient</p>
                </blockquote>
                <p><img src="https://img.example/a.jpg" alt="Injection sites" title="Sites — Harbor Aesthetics" /></p>
                <blockquote>
                <p><strong>Note</strong></p>
                <p>Results vary.</p>
                </blockquote>
                <blockquote>
                <p><strong>Severe underarm sweating</strong></p>
                <p>Approved in US since 2004 (Botox)</p>
                <p>Botox reduces sweating for months.</p>
                </blockquote>
                <blockquote>
                <p><strong>Off-label use</strong></p>
                <p>Some uses described here are off-label.</p>
                <p>Ask your clinician.</p>
                </blockquote>
                <p><a href="https://harbor.example/book">Book a consultation</a> Free for new patients.</p>""");
    }

    @Test
    void renders_headings_at_their_level() {
        assertThat(markdown(heading(2, "Two"), heading(4, "Four #"), heading(6, "Six")))
                .isEqualTo("## Two\n\n#### Four \\#\n\n###### Six");
        assertThat(parsed(markdown(heading(4, "Four #")))).isEqualTo("<h4>Four #</h4>");
    }

    @Test
    void nests_lists_under_the_text_of_their_item() {
        Block list = numbered(item("One", bullets(item("One a", numbered(item("i"))), item("One b"))), item("Two"),
                item("Three"), item("Four"), item("Five"), item("Six"), item("Seven"), item("Eight"), item("Nine"),
                item("Ten", bullets(item("Ten a"))));

        String markdown = markdown(list);

        assertThat(markdown).startsWith("""
                1. One
                   - One a
                     1. i
                   - One b
                2. Two""").endsWith("10. Ten\n    - Ten a");
        assertThat(parsed(markdown)).startsWith("""
                <ol>
                <li>One
                <ul>
                <li>One a
                <ol>
                <li>i</li>
                </ol>
                </li>
                <li>One b</li>
                </ul>
                </li>
                <li>Two</li>""").endsWith("""
                <li>Ten
                <ul>
                <li>Ten a</li>
                </ul>
                </li>
                </ol>""");
    }

    @Test
    void keeps_two_lists_in_a_row_apart() {
        String markdown = markdown(bullets(item("a")), bullets(item("b")), bullets(item("c")), numbered(item("1")),
                numbered(item("2")), indication("unknown-slug"), numbered(item("3")));

        assertThat(markdown).isEqualTo("- a\n\n* b\n\n- c\n\n1. 1\n\n1) 2\n\n1. 3");
        assertThat(PARSER.parse(markdown)).satisfies(doc -> assertThat(children(doc))
                .extracting(node -> node.getClass().getSimpleName())
                .containsExactly("BulletList", "BulletList", "BulletList", "OrderedList", "OrderedList",
                        "OrderedList"));
    }

    @Test
    void writes_links_with_destination_and_title_that_parse_back_exactly() {
        String markdown = markdown(
                paragraph(text("See "), link("the (FDA) label", "https://www.fda.gov/a_(b)?x=1&amp;y",
                        "FDA \"label\" \\ page"), text(" or "), link("mail us", "mailto:hello@harbor.example")));

        assertThat(markdown).isEqualTo("See [the (FDA) label](<https://www.fda.gov/a_(b)?x=1\\&amp;y> "
                + "\"FDA \\\"label\\\" \\\\ page\") or [mail us](<mailto:hello@harbor.example>)");
        assertThat(parsed(markdown)).isEqualTo("<p>See <a href=\"https://www.fda.gov/a_(b)?x=1&amp;amp;y\" "
                + "title=\"FDA &quot;label&quot; \\ page\">the (FDA) label</a> or "
                + "<a href=\"mailto:hello@harbor.example\">mail us</a></p>");
    }

    @ParameterizedTest
    @MethodSource("health.clinicapi.content.render.RenderFixtures#hostileHrefs")
    void renders_text_without_a_link_for_an_unsafe_href(String href) {
        String markdown = markdown(paragraph(link("click", href)), cta("Go", href, null),
                image(href, "alt", null, null));

        assertThat(markdown).isEqualTo("click\n\nGo");
        assertThat(parsed(markdown)).isEqualTo("<p>click</p>\n<p>Go</p>");
    }

    @Test
    void escapes_a_bang_right_before_a_link_so_it_never_becomes_an_image() {
        String markdown = markdown(paragraph(text("Wow!"), link("pixel", "https://evil.example/p.gif")));

        assertThat(markdown).isEqualTo("Wow\\![pixel](<https://evil.example/p.gif>)");
        assertThat(parsed(markdown)).isEqualTo("<p>Wow!<a href=\"https://evil.example/p.gif\">pixel</a></p>");
    }

    static Stream<String> hostileTexts() {
        return Stream.of("*not bold*", "**not strong**", "_not em_", "__not strong__", "***", "___", "---",
                "- - -", "[x](javascript:alert(1))", "[x]: https://evil.example", "<script>alert(1)</script>",
                "<https://evil.example>", "<a href=\"javascript:alert(1)\">x</a>", "<!-- comment -->",
                "![img](https://evil.example/x.png)", "1. not a list", "1) not a list", "2024. A year",
                "# not a heading", "## not either #", "- not a bullet", "+ not a bullet", "* not a bullet",
                "> not a quote", "```not fenced", "~~~", "`not code`", "~~not struck~~", "| a | b |", "===",
                "&lt;b&gt; &amp; &#106; &copy", "Q&A", "a\\", "\\*still text\\*", "back\\slash",
                "line\n# heading\n- item\n> quote", "carriage\r\n1. return", "[", "]", "!", "\\", "!\\[x]",
                "<", "a <b> c", "x_y_z", "snake_case_word", "a*b*c", "5 * 3 = 15", "100%", "C# & F#",
                "[ ] task", "<javascript:alert(1)>", "www.example.com", "=cell", "#hashtag", "1.5 mg");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void keeps_hostile_text_literal_wherever_it_appears(String hostile) {
        String markdown = markdown(heading(2, hostile), paragraph(text(hostile)), paragraph(bold(hostile)),
                paragraph(italic(hostile)), bullets(item(hostile, numbered(item(hostile)))),
                quote(hostile, text(hostile)),
                image("https://img.example/a.jpg", hostile, hostile, null), callout(Block.Tone.INFO, hostile,
                        boldItalic(hostile)),
                cta(hostile, SITE + "/book", hostile), paragraph(link(hostile, SITE + "/x", hostile)));

        String e = html(hostile.replaceAll("\\R", " ").strip());
        assertThat(parsed(markdown)).isEqualTo("<h2>" + e + "</h2>\n<p>" + e + "</p>\n<p><strong>" + e
                + "</strong></p>\n<p><em>" + e + "</em></p>\n<ul>\n<li>" + e + "\n<ol>\n<li>" + e
                + "</li>\n</ol>\n</li>\n</ul>\n<blockquote>\n<p>" + e + "</p>\n<p>— " + e + "</p>\n</blockquote>\n"
                + "<p><img src=\"https://img.example/a.jpg\" alt=\"" + e + "\" title=\"" + e + "\" /></p>\n"
                + "<blockquote>\n<p><strong>" + e + "</strong></p>\n<p><strong><em>" + e
                + "</em></strong></p>\n</blockquote>\n<p><a href=\"https://harbor.example/book\">" + e + "</a> " + e
                + "</p>\n<p><a href=\"https://harbor.example/x\" title=\"" + e + "\">" + e + "</a></p>");
    }

    @Test
    void drops_leading_blanks_that_would_make_a_code_block() {
        String markdown = markdown(paragraph(text("    indented")), bullets(item("\t\tcode?")));

        assertThat(markdown).isEqualTo("indented\n\n- code?");
        assertThat(parsed(markdown)).isEqualTo("<p>indented</p>\n<ul>\n<li>code?</li>\n</ul>");
    }

    @Test
    void renders_unresolved_references_as_nothing() {
        assertThat(markdown(paragraph(text("a")), indication("no-such-slug"), disclaimer("no-such-key"),
                paragraph(text("b")))).isEqualTo("a\n\nb");
        assertThat(markdown(indication("botox-jaw-slimming"), indication("botox-palms")))
                .isEqualTo("> **Jaw slimming**\n>\n> Off-label use in US\n\n"
                        + "> **Sweaty palms**\n>\n> No regulatory status recorded in US");
    }

    @Test
    void renders_a_call_to_action_without_a_link_when_its_url_is_unsafe() {
        assertThat(markdown(cta("1. Call", "tel:+15550100", null), cta("Click", "javascript:alert(1)", "now")))
                .isEqualTo("[1. Call](<tel:+15550100>)\n\nClick now");
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /** Escaped as commonmark-java's HTML renderer escapes text and attribute values. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
