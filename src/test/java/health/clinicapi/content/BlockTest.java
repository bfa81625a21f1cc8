package health.clinicapi.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

/** The structured block model: what parses, what validation refuses, what text is read off it. */
class BlockTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** A holder so validation cascades into the list, as it does for API records. */
    record Body(List<@jakarta.validation.Valid Block> blocks) {
    }

    @Test
    void parses_every_block_type_and_reads_text_words_and_indications() throws Exception {
        List<Block> blocks = parse(
                """
                        [{"type": "heading", "level": 2, "text": "What Botox treats"},
                         {"type": "paragraph", "content": [{"text": "Botox is "}, {"text": "approved", "marks": ["BOLD"]},
                           {"text": " for chronic migraine.", "link": {"href": "https://www.fda.gov/"}}]},
                         {"type": "list", "ordered": false, "items": [{"content": [{"text": "Armpits"}],
                           "children": {"type": "list", "ordered": true, "items": [{"content": [{"text": "About 50 units each"}]}]}}]},
                         {"type": "quote", "content": [{"text": "It changed my summers."}], "attribution": "A patient"},
                         {"type": "image", "url": "https://img.example/a.jpg", "alt": "Injection sites", "caption": "Sites"},
                         {"type": "callout", "tone": "WARNING", "title": "Note", "content": [{"text": "Results vary."}]},
                         {"type": "indication", "indication": "botox-chronic-migraine"},
                         {"type": "disclaimer", "key": "off-label-use"},
                         {"type": "cta", "label": "Book a consultation", "url": "tel:+15550100"}]
                        """);

        assertThat(violations(blocks)).isEmpty();
        assertThat(blocks).hasSize(9).first().isInstanceOf(Block.Heading.class);
        assertThat(BlockText.plainText(blocks)).contains("Botox is approved for chronic migraine.")
                .contains("About 50 units each").doesNotContain("botox-chronic-migraine");
        assertThat(BlockText.wordCount(blocks)).isEqualTo(25);
        assertThat(BlockText.readingMinutes(25)).isEqualTo(1);
        assertThat(BlockText.readingMinutes(0)).isZero();
        assertThat(BlockText.readingMinutes(1000)).isEqualTo(5);
        assertThat(BlockText.indicationSlugs(blocks)).containsExactly("botox-chronic-migraine");
    }

    @Test
    void refuses_an_unknown_block_type() {
        assertThatThrownBy(() -> parse("[{\"type\": \"html\", \"html\": \"<b>x</b>\"}]"))
                .isInstanceOf(InvalidTypeIdException.class);
    }

    @Test
    void refuses_markup_in_text_and_unsafe_link_schemes() throws Exception {
        List<Block> blocks = parse("""
                [{"type": "paragraph", "content": [{"text": "<script>alert(1)</script>"},
                   {"text": "click", "link": {"href": "javascript:alert(1)"}},
                   {"text": "x", "link": {"href": "data:text/html;base64,PHNjcmlwdD4="}}]},
                 {"type": "heading", "level": 2, "text": "&lt;img src=x onerror=alert(1)&gt;"},
                 {"type": "image", "url": "data:image/png;base64,AAAA", "alt": "x"},
                 {"type": "cta", "label": "Go", "url": " JAVASCRIPT:alert(1)"}]
                """);

        assertThat(violations(blocks)).containsExactlyInAnyOrder(
                "blocks[0].content[0].text", "blocks[0].content[1].link.href", "blocks[0].content[2].link.href",
                "blocks[1].text", "blocks[2].url", "blocks[3].url");
    }

    @Test
    void requires_alt_text_and_heading_levels_two_to_six() throws Exception {
        List<Block> blocks = parse("""
                [{"type": "image", "url": "https://img.example/a.jpg", "alt": " "},
                 {"type": "heading", "level": 1, "text": "Title"},
                 {"type": "heading", "level": 7, "text": "Too deep"}]
                """);

        assertThat(violations(blocks)).containsExactlyInAnyOrder("blocks[0].alt", "blocks[1].level",
                "blocks[2].level");
    }

    @Test
    void allows_three_levels_of_nested_lists_and_refuses_four() throws Exception {
        assertThat(violations(parse("[" + nestedList(3) + "]"))).isEmpty();
        assertThat(violations(parse("[" + nestedList(4) + "]"))).containsExactly("blocks[0]");
    }

    private static String nestedList(int depth) {
        String list = listOf("level " + depth, null);
        for (int level = depth - 1; level >= 1; level--) {
            list = listOf("level " + level, list);
        }
        return list;
    }

    private static String listOf(String text, String children) {
        String item = "{\"content\": [{\"text\": \"" + text + "\"}]"
                + (children == null ? "" : ", \"children\": " + children) + "}";
        return "{\"type\": \"list\", \"ordered\": false, \"items\": [" + item + "]}";
    }

    private static List<Block> parse(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<List<Block>>() {
        });
    }

    private static List<String> violations(List<Block> blocks) {
        Set<ConstraintViolation<Body>> violations = VALIDATOR.validate(new Body(blocks));
        return violations.stream().map(v -> v.getPropertyPath().toString().replace(".<list element>", "")).toList();
    }
}
