package health.clinicapi.snippet;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.snippet.SnippetFixtures.healthArticle;
import static health.clinicapi.snippet.SnippetFixtures.path;
import static health.clinicapi.snippet.SnippetFixtures.plainArticle;
import static health.clinicapi.snippet.SnippetFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.content.Block;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.DisclaimerInput;
import health.clinicapi.disclaimer.DisclaimerKind;
import health.clinicapi.disclaimer.RuleCondition;
import health.clinicapi.support.Api;

/** Snippets of articles end to end: lengths, boundaries, graphemes, disclaimers never cut, formats, links, caching. */
@QuarkusTest
class SnippetResourceTest {

    private static final String EXCERPT = "Botox relaxes the muscles that cause frown lines. Results appear within "
            + "two weeks and last three to four months. Most people return for a touch-up two or three times a "
            + "year, and many find that lines soften over time as the muscles learn to relax. A consultation "
            + "decides the dose, the injection points and whether another treatment would suit you better.";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void returns_one_snippet_per_length_in_the_order_asked_each_within_its_bound() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-len")).slug();
        String article = plainArticle(clinic, EXCERPT);

        Snippets snippets = get(clinic, article, 280, 70, 160);

        assertThat(snippets.sourceType()).isEqualTo(SnippetSourceType.ARTICLE);
        assertThat(snippets.source()).isEqualTo(article);
        assertThat(snippets.format()).isEqualTo(SnippetFormat.TEXT);
        assertThat(snippets.items()).extracting(Snippet::maxLength).containsExactly(280, 70, 160);
        assertThat(snippets.items()).extracting(Snippet::text).containsExactly(
                "Botox relaxes the muscles that cause frown lines. Results appear within two weeks and last three "
                        + "to four months. Most people return for a touch-up two or three times a year, and many find "
                        + "that lines soften over time as the muscles learn to relax. …",
                "Botox relaxes the muscles that cause frown lines. …",
                "Botox relaxes the muscles that cause frown lines. Results appear within two weeks and last three "
                        + "to four months. …");
        for (Snippet s : snippets.items()) {
            assertThat(s.truncated()).isTrue();
            assertThat(s.disclaimers()).isEmpty();
            assertThat(s.full()).isEqualTo(s.text());
            assertThat(s.characterCount()).isEqualTo(s.text().length()).isLessThanOrEqualTo(s.maxLength());
        }
    }

    @Test
    void returns_the_whole_text_untruncated_when_it_fits() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-whole")).slug();
        String article = plainArticle(clinic, "Botox relaxes the muscles that cause frown lines.");

        Snippet snippet = get(clinic, article, 49).items().get(0);

        assertThat(snippet.text()).isEqualTo("Botox relaxes the muscles that cause frown lines.");
        assertThat(snippet.truncated()).isFalse();
        assertThat(snippet.characterCount()).isEqualTo(49);
    }

    @Test
    void cuts_after_a_whole_word_when_no_sentence_fits() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-word")).slug();
        String article = plainArticle(clinic, "Botox relaxes the overactive muscles that cause frown lines, "
                + "crow's feet and forehead lines for months.");

        Snippet snippet = get(clinic, article, 40).items().get(0);

        assertThat(snippet.text()).isEqualTo("Botox relaxes the overactive muscles…");
        assertThat(snippet.characterCount()).isEqualTo(37);
        assertThat(snippet.truncated()).isTrue();
    }

    @Test
    void counts_graphemes_and_never_cuts_inside_an_emoji_sequence_flag_or_accent() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        String wave = "\uD83D\uDC4B\uD83C\uDFFD";
        String flag = "\uD83C\uDDE8\uD83C\uDDE6";
        String eAcute = "e\u0301";
        String excerpt = "Cr" + eAcute + "me " + family + " pour la famille " + wave + " au " + flag
                + " Qu" + eAcute + "bec avec des r" + eAcute + "sultats durables et visibles";
        String clinic = ClinicFixtures.create(uniqueSlug("snip-graph")).slug();
        String article = plainArticle(clinic, excerpt);

        Snippets snippets = get(clinic, article, 24, 26, 31);

        // "Crème 👩‍👩‍👧‍👦 pour la famille 👋🏽 au 🇨🇦 Québec": every emoji, flag and accented letter counts one.
        assertThat(snippets.items()).extracting(Snippet::text).containsExactly(
                "Cr" + eAcute + "me " + family + " pour la famille…",
                "Cr" + eAcute + "me " + family + " pour la famille " + wave + "…",
                "Cr" + eAcute + "me " + family + " pour la famille " + wave + " au " + flag + "…");
        assertThat(snippets.items()).extracting(Snippet::characterCount).containsExactly(24, 26, 31);
        for (Snippet s : snippets.items()) {
            String kept = s.text().substring(0, s.text().length() - 1);
            assertThat(excerpt).startsWith(kept);
            assertThat(excerpt.substring(kept.length())).startsWith(" ");
        }
    }

    @Test
    void never_cuts_required_disclaimers_and_an_off_label_article_carries_the_off_label_short_text() {
        Disclaimed d = offLabelArticle("snip-off");

        Snippets roomy = get(d.clinic(), d.article(), 5000);
        List<SnippetDisclaimer> disclaimers = roomy.items().get(0).disclaimers();
        assertThat(disclaimers).extracting(SnippetDisclaimer::key).contains(d.offLabelKey());
        assertThat(disclaimers).filteredOn(x -> x.key().equals(d.offLabelKey())).singleElement()
                .satisfies(x -> {
                    assertThat(x.shortText()).isEqualTo(d.shortText());
                    assertThat(x.version()).isEqualTo(1);
                });
        String tail = " " + String.join(" ", disclaimers.stream().map(SnippetDisclaimer::shortText).toList());
        int tailLength = SnippetText.length(tail);

        int tight = tailLength + 60;
        Snippet snippet = get(d.clinic(), d.article(), tight).items().get(0);

        assertThat(snippet.truncated()).isTrue();
        assertThat(snippet.disclaimers()).isEqualTo(disclaimers);
        assertThat(snippet.full()).isEqualTo(snippet.text() + tail).contains(d.shortText());
        assertThat(snippet.characterCount()).isEqualTo(SnippetText.length(snippet.full()))
                .isLessThanOrEqualTo(tight);
        assertThat(snippet.text()).isEqualTo("Botox relaxes the muscles that cause frown lines. …");
    }

    @Test
    void returns_422_with_the_minimum_length_when_the_disclaimers_do_not_fit() {
        Disclaimed d = offLabelArticle("snip-422");
        List<SnippetDisclaimer> disclaimers = get(d.clinic(), d.article(), 5000).items().get(0).disclaimers();
        int tailLength = SnippetText.length(
                " " + String.join(" ", disclaimers.stream().map(SnippetDisclaimer::shortText).toList()));
        // The shortest snippet is the first word with its ellipsis, "Botox…", then the disclaimers.
        int minimum = SnippetText.length("Botox…") + tailLength;

        var response = request().queryParam("article", d.article()).queryParam("maxLength", 500, minimum - 1)
                .when().get(path(d.clinic())).then().statusCode(422).contentType("application/problem+json");
        SnippetLengthProblem problem = response.extract().as(SnippetLengthProblem.class);

        assertThat(problem.type().toString()).isEqualTo("urn:problem-type:clinic-content-api:unprocessable");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.minimumLength()).isEqualTo(minimum);
        assertThat(problem.detail()).contains("minimum is " + minimum);
        assertThat(problem.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("maxLength"));
        Snippet shortest = get(d.clinic(), d.article(), minimum).items().get(0);
        assertThat(shortest.text()).isEqualTo("Botox…");
        assertThat(shortest.characterCount()).isEqualTo(minimum);
    }

    @Test
    void links_the_canonical_page_with_utm_parameters_percent_encoded() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-utm")).slug();
        String article = plainArticle(clinic, EXCERPT);

        Snippet snippet = request().queryParam("article", article).queryParam("maxLength", 160)
                .queryParam("utm_source", "news letter").queryParam("utm_medium", "e-mail")
                .queryParam("utm_campaign", "spring & summer/été").when().get(path(clinic)).then().statusCode(200)
                .extract().as(Snippets.class).items().get(0);

        String expected = "https://" + clinic + ".example/articles/" + article
                + "?utm_source=news%20letter&utm_medium=e-mail&utm_campaign=spring%20%26%20summer%2F%C3%A9t%C3%A9";
        assertThat(snippet.link()).isEqualTo(expected);
        assertThat(snippet.linkLength()).isEqualTo(expected.length());
    }

    @Test
    void html_escapes_the_text_and_counts_what_the_reader_sees() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-html")).slug();
        String article = plainArticle(clinic, "Fewer lines > more worry & \"quick\" results for 5 < 6 people.");

        Snippet snippet = request().queryParam("article", article).queryParam("maxLength", 100)
                .queryParam("format", "html").when().get(path(clinic)).then().statusCode(200)
                .extract().as(Snippets.class).items().get(0);

        assertThat(snippet.text())
                .isEqualTo("Fewer lines &gt; more worry &amp; &#34;quick&#34; results for 5 &lt; 6 people.");
        assertThat(snippet.characterCount()).isEqualTo(60);
    }

    @Test
    void markdown_escapes_markdown_syntax_in_the_text() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-md")).slug();
        String article = plainArticle(clinic, "- Botox is *not* a [filler](x) # really.");

        Snippets snippets = request().queryParam("article", article).queryParam("maxLength", 100)
                .queryParam("format", "markdown").when().get(path(clinic)).then().statusCode(200)
                .extract().as(Snippets.class);

        assertThat(snippets.format()).isEqualTo(SnippetFormat.MARKDOWN);
        assertThat(snippets.items().get(0).text()).isEqualTo("\\- Botox is \\*not\\* a \\[filler\\](x) \\# really.");
        assertThat(snippets.items().get(0).characterCount()).isEqualTo(40);
    }

    @Test
    void answers_304_to_a_matching_if_none_match_with_cache_headers() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-etag")).slug();
        String article = plainArticle(clinic, EXCERPT);

        var first = request().queryParam("article", article).queryParam("maxLength", 70, 160).when()
                .get(path(clinic)).then().statusCode(200).extract();
        String etag = first.header("ETag");

        assertThat(etag).startsWith("\"");
        assertThat(first.header("Cache-Control")).startsWith("public");
        assertThat(first.header("Surrogate-Key")).contains("snippets", "clinic:" + clinic, "article:");
        assertThat(first.header("Content-Language")).isEqualTo("en-US");
        request().header("If-None-Match", etag).queryParam("article", article).queryParam("maxLength", 70, 160)
                .when().get(path(clinic)).then().statusCode(304).header("ETag", etag);
        var other = request().header("If-None-Match", etag).queryParam("article", article)
                .queryParam("maxLength", 70).when().get(path(clinic)).then().statusCode(200).extract();
        assertThat(other.header("ETag")).isNotEqualTo(etag);
    }

    private record Disclaimed(String clinic, String article, String offLabelKey, String shortText) {
    }

    /** A health article referencing an indication that is off-label in the clinic's jurisdiction (US). */
    private static Disclaimed offLabelArticle(String prefix) {
        String offLabelKey = DisclaimerFixtures.uniqueKey("off-label-use");
        String shortText = "Some uses described here are off-label: not approved by the FDA for this purpose. "
                + "Ask your clinician whether it is right for you.";
        DisclaimerFixtures.create(null, new DisclaimerInput(offLabelKey, DisclaimerKind.OTHER, "en-US", "Off-label use",
                "The full off-label notice.", shortText, null));
        DisclaimerFixtures.createRule(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("snip-rule"), offLabelKey,
                RuleCondition.INDICATION_STATUS_NOT_APPROVED, 20, ContentType.ARTICLE));
        String tag = uniqueSlug(prefix);
        CatalogFixtures.createTreatment(tag + "-t");
        CatalogFixtures.createCondition(tag + "-c");
        CatalogFixtures.createPerson(tag + "-r", true);
        String offLabel = CatalogFixtures.createIndication(CatalogFixtures.indication(tag + "-i", tag + "-t",
                tag + "-c", tag + "-r", List.of(CatalogFixtures.status("US", "Botox", RegulatoryStatus.OFF_LABEL))))
                .slug();
        String clinic = ClinicFixtures.create(uniqueSlug(prefix)).slug();
        String article = healthArticle(clinic, EXCERPT, tag + "-r", new Block.IndicationRef(offLabel));
        return new Disclaimed(clinic, article, offLabelKey, shortText);
    }

    static Snippets get(String clinic, String article, Object... lengths) {
        return request().queryParam("article", article).queryParam("maxLength", lengths).when().get(path(clinic))
                .then().statusCode(200).extract().as(Snippets.class);
    }
}
