package health.clinicapi.content.render;

import static health.clinicapi.content.render.RenderFixtures.CONTEXT;
import static health.clinicapi.content.render.RenderFixtures.bold;
import static health.clinicapi.content.render.RenderFixtures.bullets;
import static health.clinicapi.content.render.RenderFixtures.callout;
import static health.clinicapi.content.render.RenderFixtures.cta;
import static health.clinicapi.content.render.RenderFixtures.disclaimer;
import static health.clinicapi.content.render.RenderFixtures.image;
import static health.clinicapi.content.render.RenderFixtures.indication;
import static health.clinicapi.content.render.RenderFixtures.item;
import static health.clinicapi.content.render.RenderFixtures.link;
import static health.clinicapi.content.render.RenderFixtures.numbered;
import static health.clinicapi.content.render.RenderFixtures.paragraph;
import static health.clinicapi.content.render.RenderFixtures.quote;
import static health.clinicapi.content.render.RenderFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import health.clinicapi.content.Block;

/** Blocks as plain text for snippets, e-mail and SMS: readable, no markup, no unsafe URL. */
class PlainTextRendererTest {

    private static String plain(Block... blocks) {
        return Renderer.render(Format.PLAINTEXT, List.of(blocks), CONTEXT);
    }

    @Test
    void renders_every_block_type_apart_by_blank_lines() {
        assertThat(Renderer.render(Format.PLAINTEXT, RenderFixtures.everyBlock(), CONTEXT)).isEqualTo("""
                What Botox treats

                Botox is approved for severe sweating.

                - Armpits
                  1. About 50 units each
                - Palms

                “It changed my summers.” — A patient

                [Image: Injection sites]

                Note
                Results vary.

                Severe underarm sweating: Approved in US since 2004 (Botox). Botox reduces sweating for months.

                Off-label use: Some uses described here are off-label.

                Ask your clinician.

                Book a consultation: https://harbor.example/book
                Free for new patients.""");
    }

    @Test
    void indents_nested_lists_two_spaces_per_level_and_numbers_each_list() {
        assertThat(plain(numbered(item("One", bullets(item("One a", numbered(item("i"), item("ii"))), item("One b"))),
                item("Two")))).isEqualTo("""
                        1. One
                          - One a
                            1. i
                            2. ii
                          - One b
                        2. Two""");
    }

    @Test
    void shows_an_href_after_its_text_only_when_it_adds_something() {
        assertThat(plain(paragraph(link("our booking page", "https://harbor.example/book"), text(", "),
                link("https://harbor.example/", "https://harbor.example/"), text(", "),
                link("hello@harbor.example", "mailto:hello@harbor.example"), text(", "),
                link("+15550100", "tel:+15550100"), text(", "), bold("javascript"),
                link(" trap", "javascript:alert(1)"))))
                .isEqualTo("our booking page (https://harbor.example/book), https://harbor.example/, "
                        + "hello@harbor.example, +15550100, javascript trap");
    }

    @ParameterizedTest
    @MethodSource("health.clinicapi.content.render.RenderFixtures#hostileHrefs")
    void leaves_out_unsafe_urls_which_a_mail_client_would_link(String href) {
        assertThat(plain(paragraph(link("click", href)), cta("Go", href, null), image(href, "alt", null, null)))
                .isEqualTo("click\n\nGo\n\n[Image: alt]");
    }

    @Test
    void keeps_text_as_it_is_without_adding_markup() {
        String hostile = "<b>*not bold*</b> & [x](javascript:alert(1))";

        assertThat(plain(paragraph(bold(hostile)), quote(null, text(hostile)))).isEqualTo(hostile + "\n\n“"
                + hostile + "”");
    }

    @Test
    void renders_callouts_indications_and_disclaimers_with_or_without_optional_parts() {
        assertThat(plain(callout(Block.Tone.INFO, null, text("Just text.")), indication("botox-jaw-slimming"),
                indication("botox-palms"), indication("unknown-slug"), disclaimer("unknown-key"),
                image("https://img.example/a.jpg", " ", null, null), cta("Call", "tel:+15550100", null)))
                .isEqualTo("""
                        Just text.

                        Jaw slimming: Off-label use in US.

                        Sweaty palms: No regulatory status recorded in US.

                        [Image]

                        Call: tel:+15550100""");
    }

    @Test
    void renders_a_disclaimer_without_title_as_its_text() {
        RenderContext context = new RenderContext(null, null,
                Map.of("results-vary", new DisclaimerText("results-vary", null, "Results vary.")));

        assertThat(Renderer.render(Format.PLAINTEXT, List.of(disclaimer("results-vary")), context))
                .isEqualTo("Results vary.");
    }
}
