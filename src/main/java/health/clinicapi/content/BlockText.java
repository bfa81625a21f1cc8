package health.clinicapi.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What can be read off a body of blocks: its plain text, word count, reading time and references. */
public final class BlockText {

    /** Reading speed for patient-education text, words per minute. */
    static final int WORDS_PER_MINUTE = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private BlockText() {
    }

    /** The visible text of the blocks, one block per line (references to other content contribute nothing). */
    public static String plainText(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            // Java 17: no pattern matching in switch yet, so an instanceof chain over the sealed type.
            if (block instanceof Block.Heading h) {
                lines.add(h.text());
            } else if (block instanceof Block.Paragraph p) {
                lines.add(spans(p.content()));
            } else if (block instanceof Block.BulletList l) {
                list(l, lines);
            } else if (block instanceof Block.Quote q) {
                lines.add(spans(q.content()));
            } else if (block instanceof Block.Image i && i.caption() != null) {
                lines.add(i.caption());
            } else if (block instanceof Block.Callout c) {
                lines.add((c.title() == null ? "" : c.title() + " ") + spans(c.content()));
            } else if (block instanceof Block.CallToAction a) {
                lines.add(a.label());
            }
        }
        return String.join("\n", lines);
    }

    public static int wordCount(List<Block> blocks) {
        return (int) WORD.matcher(plainText(blocks)).results().count();
    }

    /** Whole minutes, at least one for any text. */
    public static int readingMinutes(int words) {
        return words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }

    /** Slugs of the indications the blocks embed, in order of first appearance. */
    public static Set<String> indicationSlugs(List<Block> blocks) {
        Set<String> slugs = new LinkedHashSet<>();
        for (Block block : blocks) {
            if (block instanceof Block.IndicationRef ref) {
                slugs.add(ref.indication());
            }
        }
        return slugs;
    }

    /** Keys of the disclaimers the blocks place by hand, in order of first appearance. */
    public static Set<String> disclaimerKeys(List<Block> blocks) {
        Set<String> keys = new LinkedHashSet<>();
        for (Block block : blocks) {
            if (block instanceof Block.DisclaimerRef ref) {
                keys.add(ref.key());
            }
        }
        return keys;
    }

    private static void list(Block.BulletList list, List<String> lines) {
        for (Block.ListItem item : list.items()) {
            lines.add(spans(item.content()));
            if (item.children() != null) {
                list(item.children(), lines);
            }
        }
    }

    private static String spans(List<Block.Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}
