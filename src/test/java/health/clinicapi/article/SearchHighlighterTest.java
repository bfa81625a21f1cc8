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
}
