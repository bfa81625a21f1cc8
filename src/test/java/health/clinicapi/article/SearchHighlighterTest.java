package health.clinicapi.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The search snippet: a window of words around the first match, marked and escaped, cut with ellipses. */
class SearchHighlighterTest {

    /** "w0 w1 ... w(n-1)" with {@code word} in place of the word at {@code at}. */
    private static String text(int n, int at, String word) {
        return IntStream.range(0, n).mapToObj(i -> i == at ? word : "w" + i).collect(Collectors.joining(" "));
    }

    @Test
    void a_match_in_the_middle_is_shown_with_its_window_and_ellipses_on_both_sides() {
        String snippet = SearchHighlighter.snippet(text(200, 100, "Botox"), Set.of("botox"));

        assertThat(snippet).startsWith("…w90 ").endsWith("w119…").contains("<mark>Botox</mark>");
        assertThat(snippet.split(" ")).hasSize(SearchHighlighter.WINDOW);
    }

    @Test
    void a_match_near_the_end_shows_the_end_without_a_trailing_ellipsis() {
        String snippet = SearchHighlighter.snippet(text(50, 45, "sweating"), Set.of("sweat"));

        assertThat(snippet).startsWith("…w35 ").endsWith("w49").contains("<mark>sweating</mark>");
    }

    @Test
    void without_a_match_the_start_is_shown_and_text_is_escaped() {
        String snippet = SearchHighlighter.snippet("<b>x</b> " + text(40, -1, ""), Set.of("botox"));

        assertThat(snippet).startsWith("&lt;b&gt;x&lt;/b&gt; w0").endsWith("…").doesNotContain("<mark>");
    }

    @Test
    void a_short_text_is_shown_whole() {
        assertThat(SearchHighlighter.snippet("Botox for migraine", Set.of("migraine")))
                .isEqualTo("Botox for <mark>migraine</mark>");
    }

    @Test
    void accented_and_inflected_words_match_their_folded_stems_and_keep_their_own_spelling() {
        assertThat(SearchHighlighter.mark("Sudoración excesiva: Botox reduce la sudoración", Set.of("sudoracion")))
                .isEqualTo("<mark>Sudoración</mark> excesiva: Botox reduce la <mark>sudoración</mark>");
        assertThat(SearchHighlighter.mark("Sweating and sweats", Set.of("sweat")))
                .isEqualTo("<mark>Sweating</mark> and <mark>sweats</mark>");
        assertThat(ArticleSearch.fold("Crème BRÛLÉE")).isEqualTo("creme brulee");
        assertThat(ArticleSearch.fold("Plain ASCII")).isEqualTo("plain ascii");
    }

    @Test
    void a_window_that_reaches_the_end_has_no_trailing_ellipsis_and_keeps_the_last_punctuation() {
        String text = text(SearchHighlighter.WINDOW, 0, "Botox") + ".";

        assertThat(SearchHighlighter.snippet(text, Set.of("botox")))
                .isEqualTo("<mark>Botox</mark> " + text.substring("Botox ".length()));
        assertThat(SearchHighlighter.snippet(text + " w99", Set.of("botox"))).endsWith("w29…");
    }

    @Test
    void whitespace_is_collapsed_and_a_decomposed_accent_stays_inside_its_word() {
        // "sudoración" written as "o" followed by a combining acute accent (U+0301), as some editors send it.
        String decomposed = "Reduce la  sudoraci\u006f\u0301n\n\t excesiva";

        assertThat(SearchHighlighter.snippet(decomposed, Set.of("sudoracion")))
                .isEqualTo("Reduce la <mark>sudoraci\u006f\u0301n</mark> excesiva");
        assertThat(ArticleSearch.matchedWords(new ArticleSearch.Query("sudoracion", java.util.List.of(
                java.util.List.of("sudoracion"))), "Title", decomposed)).containsExactly("sudoracion");
    }

    @Test
    void words_are_letters_and_digits_of_any_script_and_inflections_match_in_any_case() {
        assertThat(SearchHighlighter.mark("SWEATING, sweat-free & 2nd 3-day Ботокс", Set.of("sweat", "2nd", "ботокс")))
                .isEqualTo("<mark>SWEATING</mark>, <mark>sweat</mark>-free &amp; <mark>2nd</mark> 3-day "
                        + "<mark>Ботокс</mark>");
        // A word shorter than its suffix plus three letters keeps it: "bes" is not "b" + "es".
        assertThat(SearchHighlighter.mark("bes best", Set.of("b"))).isEqualTo("bes best");
    }

    @Test
    void highlights_mark_the_words_of_every_phrase_found_whole_across_title_and_text() {
        var query = new ArticleSearch.Query("excessive sweating", java.util.List.of(
                java.util.List.of("excessive", "sweating"), java.util.List.of("hyperhidrosis"),
                java.util.List.of("axillary", "hyperhidrosis"),
                java.util.List.of("primary", "focal", "hyperhidrosis")));
        // "excessive" only in the title, "sweating" only far into the text; "axillary" and "primary" nowhere, so
        // their phrases are not matched and "focal" is not marked although it is there.
        String text = "word ".repeat(500) + "Sweats and hyperhidrosis. Focal.";

        assertThat(ArticleSearch.matchedWords(query, "Excessive heat", text))
                .containsExactly("excessive", "sweating", "hyperhidrosis");
        assertThat(ArticleSearch.matchedWords(query, "Excessive sweating: axillary, primary focal hyperhidrosis", null))
                .containsExactly("excessive", "sweating", "hyperhidrosis", "axillary", "primary", "focal");
        assertThat(ArticleSearch.matchedWords(query, "Heat", "word ".repeat(50))).isEmpty();
        // Inside another word is not a match: "sweater" holds the stem "sweat" but is another word.
        assertThat(ArticleSearch.matchedWords(query, "Knits", "An excessive sweater for the weather")).isEmpty();
    }
}
