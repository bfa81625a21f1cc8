package health.clinicapi.content.render;

import static health.clinicapi.content.render.RenderFixtures.CONTEXT;
import static health.clinicapi.content.render.RenderFixtures.disclaimer;
import static health.clinicapi.content.render.RenderFixtures.indication;
import static health.clinicapi.content.render.RenderFixtures.paragraph;
import static health.clinicapi.content.render.RenderFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import health.clinicapi.content.Block;

/** The entry point: format names, missing input, and what every format promises alike. */
class RendererTest {

    @Test
    void parses_format_names_in_any_case() {
        assertThat(Format.parse("html")).isEqualTo(Format.HTML);
        assertThat(Format.parse("PlainText")).isEqualTo(Format.PLAINTEXT);
        assertThat(Format.parse("MARKDOWN")).isEqualTo(Format.MARKDOWN);
        assertThat(Arrays.stream(Format.values()).map(f -> Format.parse(f.name().toLowerCase())))
                .containsExactly(Format.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "md", "text", "json", " html", "htm"})
    void refuses_an_unknown_format_name(String value) {
        assertThatThrownBy(() -> Format.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("html, plaintext, markdown");
    }

    @Test
    void refuses_a_missing_format_name() {
        assertThatThrownBy(() -> Format.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void renders_no_blocks_as_an_empty_string(Format format) {
        assertThat(Renderer.render(format, List.of(), CONTEXT)).isEmpty();
        assertThat(Renderer.render(format, null, null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void renders_unknown_references_as_nothing_without_failing(Format format) {
        List<Block> blocks = List.of(indication("not-in-catalog"), disclaimer("not-a-key"), paragraph(text("kept")));

        assertThat(Renderer.render(format, blocks, CONTEXT)).isEqualTo(Renderer.render(format,
                List.of(paragraph(text("kept"))), CONTEXT));
        assertThat(Renderer.render(format, blocks, null)).contains("kept");
        assertThat(Renderer.render(format, blocks, new RenderContext(null, null, null))).contains("kept");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void renders_the_same_blocks_to_the_same_string(Format format) {
        List<Block> blocks = RenderFixtures.everyBlock();

        assertThat(Renderer.render(format, blocks, CONTEXT)).isEqualTo(Renderer.render(format, blocks,
                new RenderContext(RenderFixtures.SITE, new HashMap<>(CONTEXT.indications()),
                        new HashMap<>(CONTEXT.disclaimers()))));
    }

    @Test
    void keeps_its_own_copy_of_the_references() {
        Map<String, DisclaimerText> disclaimers = new HashMap<>(CONTEXT.disclaimers());
        RenderContext context = new RenderContext(null, CONTEXT.indications(), disclaimers);
        disclaimers.clear();

        assertThat(context.disclaimers()).containsOnlyKeys("off-label-use");
        assertThat(RenderContext.empty("https://harbor.example")).satisfies(empty -> {
            assertThat(empty.siteBaseUrl()).isEqualTo("https://harbor.example");
            assertThat(empty.indications()).isEmpty();
            assertThat(empty.disclaimers()).isEmpty();
        });
    }

    @Test
    void labels_an_approval_without_year_or_product_and_a_status_without_jurisdiction() {
        IndicationSummary bare = new IndicationSummary("s", "Name", null, null, "APPROVED", null, null);
        IndicationSummary eu = new IndicationSummary("s", "Name", null, "EU", "APPROVED", "Vistabel", 2008);

        assertThat(Labels.status(bare)).isEqualTo("Approved");
        assertThat(Labels.status(eu)).isEqualTo("Approved in EU since 2008 (Vistabel)");
        assertThat(Labels.status(new IndicationSummary("s", null, null, "UK", "OFF_LABEL", "Botox", null)))
                .isEqualTo("Off-label use in UK (Botox)");
        assertThat(Labels.name(new IndicationSummary("the-slug", " ", null, null, null, null, null)))
                .isEqualTo("the-slug");
    }
}
