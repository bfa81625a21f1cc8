package health.clinicapi.content.render;

import java.util.List;

import health.clinicapi.content.Block;

/**
 * The walk every format shares: one block at a time, references resolved from the context (an unknown one renders as
 * nothing), blocks that render as nothing leave no separator behind.
 */
abstract class BlockRenderer {

    final RenderContext context;
    final String siteHost;
    private final String separator;
    /** The last block that rendered as something; markdown needs it to keep two lists apart. */
    Block previous;

    BlockRenderer(RenderContext context, String separator) {
        this.context = context;
        this.siteHost = Links.siteHost(context.siteBaseUrl());
        this.separator = separator;
    }

    final String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            String rendered = block == null ? "" : block(block);
            if (!rendered.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(separator);
                }
                out.append(rendered);
                previous = block;
            }
        }
        return out.toString();
    }

    private String block(Block block) {
        // Java 17: no pattern matching in switch yet, so an instanceof chain over the sealed type.
        if (block instanceof Block.Heading h) {
            return Labels.blank(h.text()) ? "" : heading(Math.max(2, Math.min(6, h.level())), h.text());
        } else if (block instanceof Block.Paragraph p) {
            return paragraph(orEmpty(p.content()));
        } else if (block instanceof Block.BulletList l) {
            return orEmpty(l.items()).isEmpty() ? "" : list(l);
        } else if (block instanceof Block.Quote q) {
            return quote(orEmpty(q.content()), q.attribution());
        } else if (block instanceof Block.Image i) {
            return image(i);
        } else if (block instanceof Block.Callout c) {
            return callout(c.tone() == null ? Block.Tone.INFO : c.tone(), c.title(), orEmpty(c.content()));
        } else if (block instanceof Block.IndicationRef ref) {
            IndicationSummary indication = ref.indication() == null
                    ? null
                    : context.indications().get(ref.indication());
            return indication == null ? "" : indication(ref.indication(), indication);
        } else if (block instanceof Block.DisclaimerRef ref) {
            DisclaimerText disclaimer = ref.key() == null ? null : context.disclaimers().get(ref.key());
            return disclaimer == null || Labels.blank(disclaimer.text()) && Labels.blank(disclaimer.title())
                    ? ""
                    : disclaimer(ref.key(), disclaimer);
        } else if (block instanceof Block.CallToAction a) {
            return Labels.blank(a.label()) ? "" : callToAction(a);
        }
        return "";
    }

    abstract String heading(int level, String text);

    abstract String paragraph(List<Block.Span> spans);

    /** A list with at least one item. */
    abstract String list(Block.BulletList list);

    abstract String quote(List<Block.Span> spans, String attribution);

    abstract String image(Block.Image image);

    abstract String callout(Block.Tone tone, String title, List<Block.Span> spans);

    abstract String indication(String slug, IndicationSummary indication);

    /** A disclaimer with a title or a text. */
    abstract String disclaimer(String key, DisclaimerText disclaimer);

    abstract String callToAction(Block.CallToAction cta);

    /** Whether a span links somewhere it may: its href passes {@link Links#safe} again. */
    static boolean linked(Block.Span span) {
        return span.link() != null && Links.safe(span.link().href());
    }

    static String text(Block.Span span) {
        return span.text() == null ? "" : span.text();
    }

    static boolean marked(Block.Span span, Block.Mark mark) {
        return span.marks() != null && span.marks().contains(mark);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A disclaimer's text as paragraphs: it is long legal text whose blank lines separate paragraphs. */
    static List<String> paragraphs(String text) {
        if (Labels.blank(text)) {
            return List.of();
        }
        return List.of(text.strip().split("\\R\\s*\\R\\s*"));
    }
}
