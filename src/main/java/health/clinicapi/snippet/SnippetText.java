package health.clinicapi.snippet;

import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Length and truncation of snippet text as a person reads it. Lengths are Unicode extended grapheme clusters (an emoji
 * with skin tone or ZWJ sequence, a flag, a letter with combining accents each count one). A cut ends at a sentence
 * boundary when one fits, else after a word, never inside a word or a grapheme, and is marked with an ellipsis that
 * counts towards the length. Segmentation is ICU's (UAX #29), with the locale's abbreviations ("Dr.", "e.g.") not
 * taken as sentence ends.
 */
final class SnippetText {

    /** Appended after a word cut: "relaxes overactive…". */
    static final String WORD_ELLIPSIS = "\u2026";
    /** Appended after a sentence cut, so the sentence keeps its full stop: "It lasts 3–4 months. …". */
    static final String SENTENCE_ELLIPSIS = " \u2026";

    private SnippetText() {
    }

    /** A snippet's text: whether it was shortened, and how long it is in graphemes. */
    record Cut(String text, boolean truncated, int length) {
    }

    /** User-perceived characters (extended grapheme clusters) in {@code text}. */
    static int length(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
        graphemes.setText(text);
        int count = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /**
     * Source text on one line: runs of whitespace become one space, except that a run holding a line break becomes
     * one line feed, which the sentence rules treat as a paragraph end (a heading without a full stop stays its own
     * sentence). {@link #oneLine} turns those into spaces at the end; both keep every offset and length.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                boolean lineBreak = false;
                while (i < text.length() && (Character.isWhitespace(text.codePointAt(i))
                        || Character.isSpaceChar(text.codePointAt(i)))) {
                    int w = text.codePointAt(i);
                    lineBreak |= w == '\n' || w == '\r' || w == '\u2028' || w == '\u2029';
                    i += Character.charCount(w);
                }
                out.append(lineBreak ? '\n' : ' ');
            } else {
                out.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        return out.toString().strip();
    }

    /** The text with its paragraph breaks as spaces, ready to show in one line. */
    static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    /**
     * The longest start of {@code text} (normalized) that fits in {@code budget} graphemes: the whole text when it
     * fits, else whole sentences plus {@link #SENTENCE_ELLIPSIS}, else whole words plus {@link #WORD_ELLIPSIS}; null
     * when not even the first word with its ellipsis fits.
     */
    static Cut cut(String text, int budget, String locale) {
        int whole = length(text);
        if (whole <= budget) {
            return new Cut(oneLine(text), false, whole);
        }
        int[] before = graphemesBefore(text);
        Cut bySentence = longest(text, budget, sentences(locale), before, false, SENTENCE_ELLIPSIS);
        if (bySentence != null) {
            return bySentence;
        }
        return longest(text, budget, BreakIterator.getWordInstance(uLocale(locale)), before, true, WORD_ELLIPSIS);
    }

    /**
     * For every grapheme boundary of {@code text}, how many graphemes come before it; -1 at offsets inside a
     * grapheme. Counting every prefix from scratch would be quadratic in a long plain-text body.
     */
    private static int[] graphemesBefore(String text) {
        int[] before = new int[text.length() + 1];
        java.util.Arrays.fill(before, -1);
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
        graphemes.setText(text);
        before[0] = 0;
        int count = 0;
        for (int end = graphemes.next(); end != BreakIterator.DONE; end = graphemes.next()) {
            before[end] = ++count;
        }
        return before;
    }

    /**
     * The fewest graphemes any cut of {@code text} needs: the whole text, or its first sentence or first word with
     * the ellipsis, whichever is shortest. {@link #cut} returns a cut for every budget at least this.
     */
    static int minimum(String text, String locale) {
        int best = length(text);
        BreakIterator words = BreakIterator.getWordInstance(uLocale(locale));
        words.setText(text);
        int start = 0;
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (wordLike(words, text, start)) {
                best = Math.min(best, length(text.substring(0, end).strip()) + length(WORD_ELLIPSIS));
                break;
            }
        }
        BreakIterator sentences = sentences(locale);
        sentences.setText(text);
        int first = sentences.next();
        if (first != BreakIterator.DONE && first < text.length()) {
            best = Math.min(best, length(text.substring(0, first).strip()) + length(SENTENCE_ELLIPSIS));
        }
        return best;
    }

    private static Cut longest(String text, int budget, BreakIterator boundaries, int[] graphemesBefore,
            boolean wordEndsOnly, String ellipsis) {
        boundaries.setText(text);
        int ellipsisLength = length(ellipsis);
        String best = null;
        int bestLength = 0;
        int start = 0;
        for (int end = boundaries.next(); end != BreakIterator.DONE && end < text.length(); end = boundaries.next()) {
            int segmentStart = start;
            start = end;
            // ICU's word and sentence boundaries are grapheme boundaries; checked so no cut can ever split one.
            if (wordEndsOnly && !wordLike(boundaries, text, segmentStart) || graphemesBefore[end] < 0) {
                continue;
            }
            String candidate = text.substring(0, end).stripTrailing();
            if (candidate.isBlank()) {
                continue;
            }
            int kept = graphemesBefore[candidate.length()];
            int candidateLength = (kept < 0 ? length(candidate) : kept) + ellipsisLength;
            if (candidateLength > budget) {
                break;
            }
            best = candidate;
            bestLength = candidateLength;
        }
        return best == null ? null : new Cut(oneLine(best) + ellipsis, true, bestLength);
    }

    /**
     * Whether the segment before the iterator's position (starting at {@code start}) is one a cut may follow: a word,
     * number or ideograph, or an emoji or flag (ICU gives those no word status, yet a sentence may end in one).
     */
    private static boolean wordLike(BreakIterator words, String text, int start) {
        if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
            return true;
        }
        int first = text.codePointAt(start);
        return UCharacter.hasBinaryProperty(first, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(first, UProperty.REGIONAL_INDICATOR);
    }

    private static BreakIterator sentences(String locale) {
        // "@ss=standard" turns on the CLDR list of abbreviations that do not end a sentence.
        ULocale base = uLocale(locale);
        return BreakIterator.getSentenceInstance(new ULocale(base.getBaseName() + "@ss=standard"));
    }

    private static ULocale uLocale(String locale) {
        return locale == null || locale.isBlank()
                ? ULocale.ENGLISH
                : ULocale.forLocale(Locale.forLanguageTag(locale));
    }
}
