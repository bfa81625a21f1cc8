package health.clinicapi.article;

import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.encoder.Encode;

/** Marks the words a search matched in a text, escaping everything else for HTML. */
final class SearchHighlighter {

    /** Words of context shown around the first match. */
    static final int WINDOW = 30;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SearchHighlighter() {
    }

    /** The whole text, HTML-escaped, with every matched word in {@code <mark>}. */
    static String mark(String text, Set<String> words) {
        if (text == null) {
            return null;
        }
        return mark(text, new SearchWords(words));
    }

    /**
     * About {@link #WINDOW} words of {@code text} around the first matched word (the start when none matches),
     * whitespace collapsed, escaped and marked, with an ellipsis where the text was cut.
     */
    static String snippet(String text, Set<String> words) {
        if (text == null || text.isBlank()) {
            return null;
        }
        SearchWords sought = new SearchWords(words);
        int lead = WINDOW / 3;
        // Starts of the latest words up to the first match: the window begins `lead` words before it.
        int[] starts = new int[lead + 1];
        int count = 0;
        int first = -1;
        int windowStart = 0;
        int last = -1; // the window's last word, once a match placed the window
        int lastEnd = -1;
        int startEnd = -1; // end of the WINDOW-th word: the window's end when nothing matches
        boolean more = false;
        int to = text.length();
        for (int start = SearchWords.wordStart(text, 0, to); start >= 0;) {
            int end = SearchWords.wordEnd(text, start, to);
            int index = count++;
            if (first < 0) {
                starts[index % starts.length] = start;
                if (index == WINDOW - 1) {
                    startEnd = end;
                }
                if (sought.match(text, start, end) >= 0) {
                    first = index;
                    int from = Math.max(0, index - lead);
                    windowStart = from == 0 ? 0 : starts[from % starts.length];
                    last = from + WINDOW - 1;
                }
            }
            if (first >= 0 && index == last) {
                lastEnd = end;
            } else if (first >= 0 && index > last) {
                // Words after the window are never shown: the scan stops here.
                more = true;
                break;
            }
            start = SearchWords.wordStart(text, end, to);
        }
        if (count == 0) {
            return Encode.forHtml(flat(text));
        }
        if (first < 0) {
            more = count > WINDOW;
            lastEnd = startEnd;
        }
        int windowEnd = more ? lastEnd : to;
        return (windowStart > 0 ? "…" : "") + mark(flat(text.substring(windowStart, windowEnd)), sought)
                + (more ? "…" : "");
    }

    /** Whitespace runs as one space, none at either end. */
    private static String flat(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String mark(String text, SearchWords sought) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int at = 0;
        int to = text.length();
        for (int start = SearchWords.wordStart(text, 0, to); start >= 0;) {
            int end = SearchWords.wordEnd(text, start, to);
            if (sought.match(text, start, end) >= 0) {
                out.append(Encode.forHtml(text.substring(at, start))).append("<mark>")
                        .append(Encode.forHtml(text.substring(start, end))).append("</mark>");
                at = end;
            }
            start = SearchWords.wordStart(text, end, to);
        }
        return out.append(Encode.forHtml(text.substring(at))).toString();
    }
}
