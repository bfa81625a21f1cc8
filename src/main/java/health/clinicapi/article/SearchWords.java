package health.clinicapi.article;

import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * The words of a text that a search looks for, found in one pass without a string per word. A word is a run of
 * letters and digits ({@code [\p{L}\p{N}]}), combining marks included (a decomposed "é" stays inside its word); a word
 * matches when its stem, as {@link ArticleSearch#stem} takes it from the word folded by {@link ArticleSearch#fold},
 * is one of the stems asked for. Search reads several thousand words per result to score and highlight it: a regular
 * expression, a folded copy of the text and a stemmed string per word made that the largest cost of a search, in
 * time and in garbage.
 */
final class SearchWords {

    private final String[] stems;

    /** Looks for the stems of {@code words} (folded, lower-case words, as {@link ArticleSearch#terms} gives them). */
    SearchWords(Collection<String> words) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        words.forEach(w -> distinct.add(ArticleSearch.stem(w)));
        this.stems = distinct.toArray(String[]::new);
    }

    /** How many distinct stems are looked for; {@link #match} answers an index below this. */
    int size() {
        return stems.length;
    }

    /** The index of the stem of {@code word} (folded, lower-case), or -1 when it is not looked for. */
    int indexOf(String word) {
        String stem = ArticleSearch.stem(word);
        for (int k = 0; k < stems.length; k++) {
            if (stems[k].equals(stem)) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the stem of the word {@code text[start, end)}, or -1 when it is not looked for. */
    int match(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                // Accents, other scripts: fold this one word the slow way.
                return indexOf(ArticleSearch.fold(text.substring(start, end)));
            }
        }
        // ASCII: folding is lower-casing, and the stem is the word less one suffix, compared in place.
        int length = end - start;
        int stemmed = length;
        for (String suffix : ArticleSearch.SUFFIXES) {
            if (length > suffix.length() + 3
                    && text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length())) {
                stemmed = length - suffix.length();
                break;
            }
        }
        for (int k = 0; k < stems.length; k++) {
            if (stems[k].length() == stemmed && text.regionMatches(true, start, stems[k], 0, stemmed)) {
                return k;
            }
        }
        return -1;
    }

    /** Where the first word of {@code text[from, to)} starts, or -1 when there is none. */
    static int wordStart(String text, int from, int to) {
        for (int i = from; i < to;) {
            int c = text.codePointAt(i);
            if (startsWord(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Where the word starting at {@code start} ends (exclusive), at most {@code to}. */
    static int wordEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!startsWord(c) && !isMark(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean startsWord(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isMark(int c) {
        if (c < 128) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
