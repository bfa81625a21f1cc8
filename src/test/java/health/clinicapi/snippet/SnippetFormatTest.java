package health.clinicapi.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippet text is written so that it shows as itself: escaped for HTML, escaped for CommonMark. */
class SnippetFormatTest {

    @Test
    void html_escapes_markup_so_a_hostile_script_shows_as_text() {
        assertThat(SnippetFormat.HTML.write("<script>alert('x')</script> & \"more\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;more&#34;");
    }

    @Test
    void markdown_escapes_emphasis_links_html_and_line_starts() {
        assertThat(SnippetFormat.MARKDOWN.write("# Not *bold* [link](x) <b>"))
                .isEqualTo("\\# Not \\*bold\\* \\[link\\](x) \\<b>");
        assertThat(SnippetFormat.MARKDOWN.write("- not a list")).isEqualTo("\\- not a list");
    }

    @Test
    void text_is_left_as_is_and_formats_parse_in_any_case() {
        assertThat(SnippetFormat.TEXT.write("<b> *x*")).isEqualTo("<b> *x*");
        assertThat(SnippetFormat.parse("HTML")).isEqualTo(SnippetFormat.HTML);
        assertThat(SnippetFormat.parse("plaintext")).isNull();
    }
}
