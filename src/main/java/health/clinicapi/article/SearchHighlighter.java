package health.clinicapi.article;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.encoder.Encode;

/** Marks the words a search matched in a text, escaping everything else for HTML. */
final class SearchHighlighter {

    /** Words of context shown around the first match. */
    static final int WINDOW = 30;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchHighlighter() {
    }

    /** The whole text, HTML-escaped, with every matched word in {@code <mark>}. */
    static String mark(String text, Set<String> words) {
        if (text == null) {
            return null;
        }
        return mark(text, 0, text.length(), stems(words));
    }

    /**
     * About {@link #WINDOW} words of {@code text} around the first matched word (the start when none matches),
     * escaped and marked, with an ellipsis where the text was cut.
     */
    static String snippet(String text, Set<String> words) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> stems = stems(words);
        String flat = text.replaceAll("\\s+", " ").strip();
        Matcher matcher = WORD.matcher(flat);
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        int first = -1;
        // Words are collected up to the end of the window after the first match; the rest is never shown.
        boolean more = false;
        while (matcher.find()) {
            if (first >= 0 && spans.size() >= first + WINDOW) {
                more = true;
                break;
            }
            spans.add(new int[]{matcher.start(), matcher.end()});
            if (first < 0 && matches(matcher.group(), stems)) {
                first = spans.size() - 1;
            }
        }
        if (spans.isEmpty()) {
            return Encode.forHtml(flat);
        }
        int from = Math.max(0, (first < 0 ? 0 : first) - WINDOW / 3);
        int to = Math.min(spans.size(), from + WINDOW);
        int start = from == 0 ? 0 : spans.get(from)[0];
        int end = to == spans.size() && !more ? flat.length() : spans.get(to - 1)[1];
        return (start > 0 ? "…" : "") + mark(flat, start, end, stems) + (end < flat.length() ? "…" : "");
    }

    private static String mark(String text, int start, int end, Set<String> stems) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = WORD.matcher(text).region(start, end);
        int at = start;
        while (matcher.find()) {
            if (matches(matcher.group(), stems)) {
                out.append(Encode.forHtml(text.substring(at, matcher.start()))).append("<mark>")
                        .append(Encode.forHtml(matcher.group())).append("</mark>");
                at = matcher.end();
            }
        }
        return out.append(Encode.forHtml(text.substring(at, end))).toString();
    }

    /** Whether {@code word} (one word of the text) is one of {@code stems}, as {@link ArticleSearch#sameWord} tells. */
    private static boolean matches(String word, Set<String> stems) {
        return stems.contains(ArticleSearch.stem(ArticleSearch.fold(word)));
    }

    /** The stems of the matched words: a token is looked up, not compared with each of them. */
    private static Set<String> stems(Set<String> words) {
        Set<String> stems = new java.util.HashSet<>();
        words.forEach(w -> stems.add(ArticleSearch.stem(w)));
        return stems;
    }
}
