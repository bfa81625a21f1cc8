package health.clinicapi.content.render;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import health.clinicapi.content.Block;
import health.clinicapi.content.Block.Mark;
import health.clinicapi.content.Block.Span;

/** Small builders for blocks, and a context for a clinic site at harbor.example in the US. */
final class RenderFixtures {

    static final String SITE = "https://harbor.example";

    static final IndicationSummary APPROVED = new IndicationSummary("botox-underarm-sweating",
            "Severe underarm sweating", "Botox reduces sweating for months.", "US", "APPROVED", "Botox", 2004);
    static final IndicationSummary OFF_LABEL = new IndicationSummary("botox-jaw-slimming", "Jaw slimming",
            null, "US", "OFF_LABEL", null, null);
    static final IndicationSummary INVESTIGATIONAL = new IndicationSummary("botox-depression", "Depression",
            "Studied in trials.", "US", "INVESTIGATIONAL", null, null);
    static final IndicationSummary NO_STATUS = new IndicationSummary("botox-palms", "Sweaty palms", null, "US",
            null, null, null);
    static final DisclaimerText OFF_LABEL_USE = new DisclaimerText("off-label-use", "Off-label use",
            "Some uses described here are off-label.\n\nAsk your clinician.");

    static final RenderContext CONTEXT = new RenderContext(SITE,
            Map.of(APPROVED.slug(), APPROVED, OFF_LABEL.slug(), OFF_LABEL, INVESTIGATIONAL.slug(), INVESTIGATIONAL,
                    NO_STATUS.slug(), NO_STATUS),
            Map.of(OFF_LABEL_USE.key(), OFF_LABEL_USE));

    private RenderFixtures() {
    }

    static Span text(String text) {
        return new Span(text, null, null);
    }

    static Span bold(String text) {
        return new Span(text, Set.of(Mark.BOLD), null);
    }

    static Span italic(String text) {
        return new Span(text, Set.of(Mark.ITALIC), null);
    }

    static Span boldItalic(String text) {
        return new Span(text, Set.of(Mark.BOLD, Mark.ITALIC), null);
    }

    static Span link(String text, String href) {
        return new Span(text, null, new Block.Link(href, null));
    }

    static Span link(String text, String href, String title) {
        return new Span(text, null, new Block.Link(href, title));
    }

    static Block.Paragraph paragraph(Span... spans) {
        return new Block.Paragraph(List.of(spans));
    }

    static Block.Heading heading(int level, String text) {
        return new Block.Heading(level, text);
    }

    static Block.BulletList bullets(Block.ListItem... items) {
        return new Block.BulletList(false, List.of(items));
    }

    static Block.BulletList numbered(Block.ListItem... items) {
        return new Block.BulletList(true, List.of(items));
    }

    static Block.ListItem item(String text) {
        return new Block.ListItem(List.of(text(text)), null);
    }

    static Block.ListItem item(String text, Block.BulletList children) {
        return new Block.ListItem(List.of(text(text)), children);
    }

    static Block.Quote quote(String attribution, Span... spans) {
        return new Block.Quote(List.of(spans), attribution);
    }

    static Block.Image image(String url, String alt, String caption, String credit) {
        return new Block.Image(url, alt, caption, credit);
    }

    static Block.Callout callout(Block.Tone tone, String title, Span... spans) {
        return new Block.Callout(tone, title, List.of(spans));
    }

    static Block.IndicationRef indication(String slug) {
        return new Block.IndicationRef(slug);
    }

    static Block.DisclaimerRef disclaimer(String key) {
        return new Block.DisclaimerRef(key);
    }

    static Block.CallToAction cta(String label, String url, String description) {
        return new Block.CallToAction(label, url, description);
    }

    /** A body of every block type, with nested lists and every mark. */
    static List<Block> everyBlock() {
        return List.of(heading(2, "What Botox treats"),
                paragraph(text("Botox is "), bold("approved"), text(" for "), italic("severe sweating"), text(".")),
                bullets(item("Armpits", numbered(item("About 50 units each"))), item("Palms")),
                quote("A patient", text("It changed my summers.")),
                image("https://img.example/a.jpg", "Injection sites", "Sites", "Harbor Aesthetics"),
                callout(Block.Tone.WARNING, "Note", text("Results vary.")),
                indication(APPROVED.slug()), disclaimer(OFF_LABEL_USE.key()),
                cta("Book a consultation", "https://harbor.example/book", "Free for new patients."));
    }

    /** Links a page must never carry, each an attempt to get past a scheme check. */
    static List<String> hostileHrefs() {
        return Arrays.asList("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                "java\nscript:alert(1)", " javascript:alert(1)", "\u0000javascript:alert(1)",
                "javascript&#58;alert(1)", "&#106;avascript:alert(1)", "jav&#x09;ascript:alert(1)",
                "javascript:%61lert(1)", "javascript://harbor.example/%0aalert(1)", "vbscript:msgbox(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "//evil.example/x", "https:evil",
                "https://evil.example/\" onmouseover=\"alert(1)", "file:///etc/passwd", "", null);
    }
}
