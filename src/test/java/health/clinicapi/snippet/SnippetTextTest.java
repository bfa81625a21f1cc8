package health.clinicapi.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counting and cutting as a person reads: graphemes, then sentences, then words, never inside either. */
class SnippetTextTest {

    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    private static final String WAVE_DARK = "\uD83D\uDC4B\uD83C\uDFFF";
    private static final String FLAG_CA = "\uD83C\uDDE8\uD83C\uDDE6";
    /** "é" as e plus a combining acute accent, and "ṩ" as s plus two combining marks. */
    private static final String E_ACUTE = "e\u0301";
    private static final String S_DOTS = "s\u0323\u0307";

    @Test
    void counts_emoji_sequences_flags_and_combining_accents_as_one_character_each() {
        assertThat(SnippetText.length(FAMILY)).isEqualTo(1);
        assertThat(SnippetText.length(WAVE_DARK)).isEqualTo(1);
        assertThat(SnippetText.length(FLAG_CA)).isEqualTo(1);
        assertThat(SnippetText.length(E_ACUTE + S_DOTS)).isEqualTo(2);
        assertThat(SnippetText.length("Caf" + E_ACUTE + " " + FAMILY + FLAG_CA)).isEqualTo(7);
        assertThat(SnippetText.length("")).isZero();
    }

    @Test
    void keeps_text_that_fits_whole_and_untruncated() {
        SnippetText.Cut cut = SnippetText.cut("Botox relaxes muscles.", 22, "en-US");

        assertThat(cut.text()).isEqualTo("Botox relaxes muscles.");
        assertThat(cut.truncated()).isFalse();
        assertThat(cut.length()).isEqualTo(22);
    }

    @Test
    void cuts_at_the_last_sentence_boundary_that_fits_with_a_counted_ellipsis() {
        String text = "Botox relaxes muscles. Results last three to four months. Ask your clinician.";

        SnippetText.Cut cut = SnippetText.cut(text, 60, "en-US");

        assertThat(cut.text()).isEqualTo("Botox relaxes muscles. Results last three to four months. …");
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.length()).isEqualTo(SnippetText.length(cut.text())).isLessThanOrEqualTo(60);
    }

    @Test
    void does_not_take_an_abbreviation_for_a_sentence_end() {
        String text = "Dr. Smith treats sweating. It works well for most patients who try it.";

        SnippetText.Cut cut = SnippetText.cut(text, 40, "en-US");

        assertThat(cut.text()).isEqualTo("Dr. Smith treats sweating. …");
    }

    @Test
    void cuts_after_the_last_whole_word_when_no_sentence_fits() {
        String text = "Botox relaxes overactive muscles, smoothing lines for months at a time.";

        SnippetText.Cut cut = SnippetText.cut(text, 34, "en-US");

        assertThat(cut.text()).isEqualTo("Botox relaxes overactive muscles…");
        assertThat(cut.length()).isEqualTo(33);
        assertThat(cut.truncated()).isTrue();
    }

    @Test
    void never_cuts_inside_a_word() {
        String text = "Onabotulinumtoxina injections reduce underarm sweating considerably.";

        for (int budget = 19; budget < SnippetText.length(text); budget++) {
            SnippetText.Cut cut = SnippetText.cut(text, budget, "en");
            String kept = cut.text().substring(0, cut.text().length() - 1);
            assertThat(text).startsWith(kept);
            assertThat(text.substring(kept.length())).matches("^[ .].*");
            assertThat(cut.length()).isLessThanOrEqualTo(budget);
        }
    }

    @Test
    void never_cuts_inside_an_emoji_sequence_flag_or_accented_letter() {
        String text = "Cr" + E_ACUTE + "me " + FAMILY + " famili" + E_ACUTE + "s " + WAVE_DARK + " bonjour "
                + FLAG_CA + " Qu" + E_ACUTE + "bec " + S_DOTS + "ami d" + E_ACUTE + "j" + E_ACUTE
                + " encore longtemps";
        int whole = SnippetText.length(text);

        for (int budget = SnippetText.minimum(text, "fr-CA"); budget < whole; budget++) {
            SnippetText.Cut cut = SnippetText.cut(text, budget, "fr-CA");
            String kept = cut.text().substring(0, cut.text().length() - 1);
            assertThat(text).startsWith(kept);
            assertThat(cut.length()).isEqualTo(SnippetText.length(cut.text())).isLessThanOrEqualTo(budget);
            // What follows the kept text starts a new grapheme: no accent or emoji part is left behind.
            String rest = text.substring(kept.length());
            assertThat(SnippetText.length(kept) + SnippetText.length(rest)).isEqualTo(whole);
            assertThat(rest).startsWith(" ");
        }
    }

    @Test
    void counts_a_cut_accented_text_in_graphemes_not_code_units() {
        String text = "D" + E_ACUTE + "j" + E_ACUTE + " vu " + FAMILY + " r" + E_ACUTE + "sultats visibles.";

        SnippetText.Cut cut = SnippetText.cut(text, 10, "fr");

        assertThat(cut.text()).isEqualTo("D" + E_ACUTE + "j" + E_ACUTE + " vu " + FAMILY + "…");
        assertThat(cut.length()).isEqualTo(10);
    }

    @Test
    void returns_no_cut_when_not_even_the_first_word_fits_and_reports_that_minimum() {
        String text = "Hyperhidrosis treatments help.";

        assertThat(SnippetText.minimum(text, "en")).isEqualTo(14);
        assertThat(SnippetText.cut(text, 13, "en")).isNull();
        assertThat(SnippetText.cut(text, 14, "en").text()).isEqualTo("Hyperhidrosis…");
    }

    @Test
    void minimum_of_a_short_text_is_its_whole_length() {
        assertThat(SnippetText.minimum("Botox", "en")).isEqualTo(5);
        assertThat(SnippetText.cut("Botox", 5, "en").truncated()).isFalse();
    }

    @Test
    void normalizes_whitespace_and_keeps_a_heading_apart_as_its_own_sentence() {
        String text = SnippetText.normalize("  What it treats\n\nBotox   relaxes\tmuscles. It lasts months.  ");

        assertThat(text).isEqualTo("What it treats\nBotox relaxes muscles. It lasts months.");
        assertThat(SnippetText.cut(text, 20, "en").text()).isEqualTo("What it treats …");
        assertThat(SnippetText.cut(text, 60, "en").text())
                .isEqualTo("What it treats Botox relaxes muscles. It lasts months.");
    }

    @Test
    void cuts_a_long_plain_text_body_within_the_budget() {
        String body = SnippetText.normalize("Botox relaxes muscles and smooths lines. ".repeat(5000));

        SnippetText.Cut cut = SnippetText.cut(body, 5000, "en");

        assertThat(cut.truncated()).isTrue();
        assertThat(cut.text()).endsWith("lines. …");
        assertThat(cut.length()).isEqualTo(SnippetText.length(cut.text())).isBetween(4950, 5000);
    }
}
