package health.clinicapi.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Serializing JSON-LD for a {@code <script type="application/ld+json">} element. */
class ScriptSafeJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "Sweat less </script><script>alert('x')</SCRIPT> & <!-- more -->";

    @Test
    void a_script_end_tag_in_a_headline_cannot_close_the_script_element() throws Exception {
        ObjectNode ld = withHeadline(HOSTILE);
        assertThat(JSON.writeValueAsString(ld)).as("plain JSON would end the element").contains("</script>");

        String safe = ArticleJsonLd.toScriptSafeJson(ld, JSON);
        assertThat(safe).doesNotContain("<", ">", "&").contains("\\u003C/script\\u003E", "\\u0026");
        String html = "<script type=\"application/ld+json\">" + safe + "</script>";
        assertThat(html.toLowerCase(Locale.ROOT).indexOf("</script"))
                .as("the only end tag is ours").isEqualTo(html.length() - "</script>".length());
        assertThat(JSON.readTree(safe)).isEqualTo(ld);
    }

    @Test
    void leaves_other_text_and_the_mappers_settings_alone() throws Exception {
        ObjectNode ld = withHeadline("Ästhetik — results last 3–4 months \"quoted\"");
        String safe = ArticleJsonLd.toScriptSafeJson(ld, JSON);
        assertThat(safe).contains("Ästhetik — results last 3–4 months \\\"quoted\\\"");
        assertThat(JSON.readTree(safe)).isEqualTo(ld);
        assertThat(JSON.writeValueAsString(withHeadline(HOSTILE))).as("shared mapper unchanged").contains("</script>");
    }

    private static ObjectNode withHeadline(String headline) {
        ArticleLdSource bare = JsonLdFixtures.bare();
        return ArticleJsonLd.build(new ArticleLdSource(bare.url(), headline, null, null, null, null, null, null, null,
                null, null, null, null, null, null), JsonNodeFactory.instance);
    }
}
