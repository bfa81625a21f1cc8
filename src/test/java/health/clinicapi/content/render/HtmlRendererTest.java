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
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import health.clinicapi.content.Block;

/** Blocks as an HTML fragment: the exact markup of each block, and no way for content to become script. */
class HtmlRendererTest {

    private static String html(Block... blocks) {
        return Renderer.render(Format.HTML, List.of(blocks), CONTEXT);
    }

    @Test
    void renders_every_block_type_one_per_line() {
        assertThat(Renderer.render(Format.HTML, RenderFixtures.everyBlock(), CONTEXT)).isEqualTo(
                """
                        <h2>What Botox treats</h2>
                        <p>Botox is <strong>approved</strong> for <em>severe sweating</em>.</p>
                        <ul><li>Armpits<ol><li>About 50 units each</li></ol></li><li>Palms</li></ul>
                        <blockquote><p>It changed my summers.</p><footer>— A patient</footer></blockquote>
                        <figure><img src="https://img.example/a.jpg" alt="Injection sites" loading="lazy"><figcaption>Sites — Harbor Aesthetics</figcaption></figure>
                        <aside class="callout callout-warning" role="note"><p class="callout-title">Note</p><p>Results vary.</p></aside>
                        <aside class="indication" data-indication="botox-underarm-sweating" data-status="APPROVED"><p class="indication-name">Severe underarm sweating</p><p class="indication-status">Approved in US since 2004 (Botox)</p><p class="indication-summary">Botox reduces sweating for months.</p></aside>
                        <aside class="disclaimer" data-disclaimer="off-label-use"><p class="disclaimer-title">Off-label use</p><p>Some uses described here are off-label.</p><p>Ask your clinician.</p></aside>
                        <p class="cta"><a href="https://harbor.example/book">Book a consultation</a> Free for new patients.</p>""");
    }

    @Test
    void renders_headings_at_their_level_within_two_to_six() {
        assertThat(html(heading(2, "A"), heading(3, "B"), heading(6, "C"), heading(1, "D"), heading(9, "E")))
                .isEqualTo("<h2>A</h2>\n<h3>B</h3>\n<h6>C</h6>\n<h2>D</h2>\n<h6>E</h6>");
    }

    @Test
    void renders_marks_nested_inside_links_with_titles() {
        assertThat(html(paragraph(boldItalic("Both"), text(" "),
                new Block.Span("FDA", Set.of(Block.Mark.BOLD),
                        new Block.Link("https://www.fda.gov/", "FDA site")))))
                .isEqualTo("<p><strong><em>Both</em></strong> <a href=\"https://www.fda.gov/\" title=\"FDA site\""
                        + " rel=\"noopener noreferrer\"><strong>FDA</strong></a></p>");
    }

    @Test
    void sets_rel_only_on_links_that_leave_the_site_and_never_a_target() {
        Block body = paragraph(link("home", "https://harbor.example/"), link("shouting", "HTTPS://HARBOR.EXAMPLE/a"),
                link("plain http", "http://harbor.example/b?x=1&y=2"), link("sub", "https://shop.harbor.example/"),
                link("other", "https://www.fda.gov/"), link("mail", "mailto:hello@harbor.example"),
                link("call", "tel:+15550100"));

        Document doc = Jsoup.parseBodyFragment(html(body));

        assertThat(doc.select("a").eachAttr("rel")).hasSize(4).containsOnly("noopener noreferrer");
        assertThat(doc.select("a:not([rel])").eachText()).containsExactly("home", "shouting", "plain http");
        assertThat(doc.select("a[target]")).isEmpty();
        assertThat(doc.select("a").get(2).attr("href")).isEqualTo("http://harbor.example/b?x=1&y=2");
        assertThat(html(body)).contains("href=\"http://harbor.example/b?x=1&amp;y=2\"");
    }

    @Test
    void treats_every_link_as_external_without_a_site_base_url() {
        String html = Renderer.render(Format.HTML, List.of(paragraph(link("home", "https://harbor.example/"))),
                RenderContext.empty(null));

        assertThat(html).isEqualTo(
                "<p><a href=\"https://harbor.example/\" rel=\"noopener noreferrer\">home</a></p>");
    }

    @Test
    void renders_nested_lists_inside_their_items() {
        Block list = numbered(item("One", bullets(item("One a", numbered(item("One a i"))), item("One b"))),
                item("Two"));

        assertThat(html(list)).isEqualTo("<ol><li>One<ul><li>One a<ol><li>One a i</li></ol></li><li>One b</li></ul>"
                + "</li><li>Two</li></ol>");
        assertThat(Jsoup.parseBodyFragment(html(list)).select("ol > li > ul > li > ol > li").text())
                .isEqualTo("One a i");
    }

    @Test
    void renders_a_quote_without_attribution() {
        assertThat(html(quote(null, italic("Quiet"), text(" summers.")))).isEqualTo(
                "<blockquote><p><em>Quiet</em> summers.</p></blockquote>");
    }

    @Test
    void renders_image_captions_and_credits_and_drops_an_image_without_a_web_url() {
        assertThat(html(image("https://img.example/a.jpg", "Sites", "Caption only", null)))
                .endsWith("<figcaption>Caption only</figcaption></figure>");
        assertThat(html(image("https://img.example/a.jpg", "Sites", null, "Credit only")))
                .endsWith("<figcaption>Credit only</figcaption></figure>");
        assertThat(html(image("https://img.example/a.jpg", "Sites", " ", null))).isEqualTo(
                "<figure><img src=\"https://img.example/a.jpg\" alt=\"Sites\" loading=\"lazy\"></figure>");
        assertThat(html(image("mailto:a@b.example", "Sites", null, null), paragraph(text("next"))))
                .isEqualTo("<p>next</p>");
    }

    @Test
    void renders_callouts_by_tone_with_an_optional_title() {
        assertThat(html(callout(Block.Tone.INFO, null, text("Info.")), callout(Block.Tone.TIP, "Tip", text("Ice."))))
                .isEqualTo(
                        """
                                <aside class="callout callout-info" role="note"><p>Info.</p></aside>
                                <aside class="callout callout-tip" role="note"><p class="callout-title">Tip</p><p>Ice.</p></aside>""");
    }

    @Test
    void labels_each_regulatory_status_without_naming_a_regulator() {
        assertThat(html(indication("botox-jaw-slimming"))).isEqualTo(
                "<aside class=\"indication\" data-indication=\"botox-jaw-slimming\" data-status=\"OFF_LABEL\">"
                        + "<p class=\"indication-name\">Jaw slimming</p>"
                        + "<p class=\"indication-status\">Off-label use in US</p></aside>");
        assertThat(html(indication("botox-depression"))).contains("data-status=\"INVESTIGATIONAL\"")
                .contains("<p class=\"indication-status\">Investigational in US</p>")
                .contains("<p class=\"indication-summary\">Studied in trials.</p>");
        assertThat(html(indication("botox-palms"))).doesNotContain("data-status")
                .contains("<p class=\"indication-status\">No regulatory status recorded in US</p>");
    }

    @Test
    void renders_nothing_for_references_the_context_does_not_resolve() {
        assertThat(html(paragraph(text("a")), indication("not-in-catalog"), disclaimer("no-such-key"),
                paragraph(text("b")))).isEqualTo("<p>a</p>\n<p>b</p>");
        assertThat(Renderer.render(Format.HTML, List.of(indication("botox-palms"), disclaimer("off-label-use")),
                RenderContext.empty(SITE))).isEmpty();
    }

    @Test
    void renders_a_call_to_action_without_a_link_when_its_url_is_unsafe() {
        assertThat(html(cta("Call us", "tel:+15550100", null))).isEqualTo(
                "<p class=\"cta\"><a href=\"tel:+15550100\" rel=\"noopener noreferrer\">Call us</a></p>");
        assertThat(html(cta("Click", "javascript:alert(1)", "now"))).isEqualTo("<p class=\"cta\">Click now</p>");
    }

    @Test
    void escapes_markup_in_every_text() {
        String hostile = "<script>alert(1)</script> & \"quoted\" 'single'";
        String html = html(heading(2, hostile), paragraph(bold(hostile)), bullets(item(hostile)),
                quote(hostile, text(hostile)), image("https://img.example/a.jpg", hostile, hostile, hostile),
                callout(Block.Tone.INFO, hostile, text(hostile)), cta(hostile, SITE, hostile));

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;")
                .startsWith("<h2>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\" 'single'</h2>");
        Document doc = assertSafe(html);
        assertThat(doc.select("h2, p, li, figcaption, footer").eachText()).allSatisfy(
                text -> assertThat(text).contains(hostile));
        assertThat(doc.select("img").attr("alt")).isEqualTo(hostile);
    }

    @Test
    void escapes_quotes_so_attribute_values_stay_closed() {
        String breakout = "\" onmouseover=\"alert(1)\" x=\"";
        String html = html(paragraph(link("x", "https://harbor.example/", breakout)),
                image("https://img.example/a.jpg", breakout, null, null));

        assertThat(html).contains("title=\"&#34; onmouseover=&#34;alert(1)&#34; x=&#34;\"");
        Document doc = assertSafe(html);
        assertThat(doc.select("a").attr("title")).isEqualTo(breakout);
        assertThat(doc.select("img").attr("alt")).isEqualTo(breakout);
    }

    @Test
    void escapes_the_slugs_and_status_it_writes_into_data_attributes() {
        IndicationSummary odd = new IndicationSummary("x\" onclick=\"alert(1)", "<b>Name</b>", null, null,
                "\"><script>", null, null);
        RenderContext context = new RenderContext(SITE, Map.of(odd.slug(), odd),
                Map.of("k\"><script>", new DisclaimerText("k", "<i>", "<svg onload=alert(1)>")));

        String html = Renderer.render(Format.HTML, List.of(new Block.IndicationRef(odd.slug()),
                new Block.DisclaimerRef("k\"><script>")), context);

        Document doc = assertSafe(html);
        assertThat(doc.select("aside.indication").attr("data-indication")).isEqualTo(odd.slug());
        assertThat(doc.select("aside.indication").attr("data-status")).isEqualTo("\"><script>");
        assertThat(doc.select(".indication-status").text()).isEqualTo("Regulatory status: \"><script>");
        assertThat(doc.select("aside.disclaimer p").eachText()).containsExactly("<i>", "<svg onload=alert(1)>");
    }

    @ParameterizedTest
    @MethodSource("health.clinicapi.content.render.RenderFixtures#hostileHrefs")
    void renders_text_without_a_link_for_an_unsafe_href(String href) {
        String html = html(paragraph(link("click", href, "t")), cta("Go", href, null),
                image(href, "alt", null, null));

        assertThat(html).isEqualTo("<p>click</p>\n<p class=\"cta\">Go</p>");
        assertSafe(html);
    }

    @Test
    void separates_blocks_by_one_newline_and_skips_what_renders_as_nothing() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph(text("a")));
        blocks.add(null);
        blocks.add(new Block.BulletList(false, List.of()));
        blocks.add(heading(2, "  "));
        blocks.add(paragraph(text("b")));

        assertThat(Renderer.render(Format.HTML, blocks, CONTEXT)).isEqualTo("<p>a</p>\n<p>b</p>");
    }

    /** Parses as a browser would: no script, no event handler, only http(s), mailto and tel in href and src. */
    private static Document assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, iframe, object, embed, svg, style, base, form")).isEmpty();
        for (Element element : doc.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
            }
        }
        assertThat(doc.select("[href]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).matches("(?i)^(https?://[^\\s]+|mailto:.+|tel:.+)$"));
        assertThat(doc.select("[src]").eachAttr("src"))
                .allSatisfy(src -> assertThat(src).matches("(?i)^https?://[^\\s]+$"));
        return doc;
    }
}
