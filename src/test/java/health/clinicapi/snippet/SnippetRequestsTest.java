package health.clinicapi.snippet;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.snippet.SnippetFixtures.path;
import static health.clinicapi.snippet.SnippetFixtures.plainArticle;
import static health.clinicapi.snippet.SnippetFixtures.request;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.article.DeliveredArticle;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.DisclaimerRuleInput;
import health.clinicapi.disclaimer.RuleCondition;
import health.clinicapi.support.Api;

/** Indication snippets, and every way a snippet request can be wrong. */
@QuarkusTest
class SnippetRequestsTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void makes_an_indication_snippet_from_its_summary_linked_to_the_clinics_indication_page() {
        String offLabelKey = DisclaimerFixtures.uniqueKey("off-label-use");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(offLabelKey, "en-US"));
        DisclaimerFixtures.createRule(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("snip-ind-rule"),
                offLabelKey, RuleCondition.INDICATION_STATUS_NOT_APPROVED, 20, ContentType.INDICATION));
        String tag = uniqueSlug("snip-ind");
        CatalogFixtures.createTreatment(tag + "-t");
        CatalogFixtures.createCondition(tag + "-c");
        CatalogFixtures.createPerson(tag + "-r", true);
        String indication = CatalogFixtures.createIndication(CatalogFixtures.indication(tag + "-i", tag + "-t",
                tag + "-c", tag + "-r", List.of(CatalogFixtures.status("US", "Botox", RegulatoryStatus.OFF_LABEL))))
                .slug();
        String clinic = ClinicFixtures.create(uniqueSlug("snip-ind")).slug();

        Snippets snippets = request().queryParam("indication", indication).queryParam("maxLength", 5000)
                .queryParam("utm_source", "sms").when().get(path(clinic)).then().statusCode(200).extract()
                .as(Snippets.class);

        assertThat(snippets.sourceType()).isEqualTo(SnippetSourceType.INDICATION);
        assertThat(snippets.source()).isEqualTo(indication);
        assertThat(snippets.locale()).isEqualTo("en-US");
        Snippet snippet = snippets.items().get(0);
        assertThat(snippet.text()).isEqualTo("Reduces underarm sweating.");
        assertThat(snippet.truncated()).isFalse();
        assertThat(snippet.link())
                .isEqualTo("https://" + clinic + ".example/indications/" + indication + "?utm_source=sms");
        assertThat(snippet.disclaimers()).filteredOn(d -> d.key().equals(offLabelKey)).singleElement()
                .satisfies(d -> assertThat(d.shortText()).isEqualTo("Short " + offLabelKey + "."));
        assertThat(snippet.full()).startsWith("Reduces underarm sweating. ").contains("Short " + offLabelKey + ".");
        assertThat(snippet.characterCount()).isEqualTo(SnippetText.length(snippet.full()));
    }

    @Test
    void adds_disclaimers_that_rules_require_of_snippets_only() {
        String tag = uniqueSlug("snip-only");
        String key = DisclaimerFixtures.uniqueKey("snippet-results-vary");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(key, "en-US"));
        DisclaimerFixtures.createRule(new DisclaimerRuleInput(DisclaimerFixtures.uniqueKey("snip-rule"), key,
                Set.of(ContentType.SNIPPET), RuleCondition.TAG, null, tag, 30, true));
        String clinic = ClinicFixtures.create(uniqueSlug("snip-only")).slug();
        String article = SnippetFixtures.taggedArticle(clinic, "Botox relaxes muscles.", tag);

        Snippet snippet = SnippetResourceTest.get(clinic, article, 200).items().get(0);
        DeliveredArticle delivered = request().when().get(ArticleFixtures.deliveryPath(clinic) + "/" + article)
                .then().statusCode(200).extract().as(DeliveredArticle.class);

        assertThat(snippet.disclaimers()).extracting(SnippetDisclaimer::key).containsExactly(key);
        assertThat(snippet.full()).isEqualTo("Botox relaxes muscles. Short " + key + ".");
        assertThat(delivered.disclaimers()).isEmpty();
    }

    @Test
    void html_escapes_a_hostile_script_in_an_indication_summary() {
        String tag = uniqueSlug("snip-xss");
        CatalogFixtures.createTreatment(tag + "-t");
        CatalogFixtures.createCondition(tag + "-c");
        CatalogFixtures.createPerson(tag + "-r", true);
        var input = SnippetFixtures.withSummary(CatalogFixtures.indication(tag + "-i", tag + "-t", tag + "-c",
                tag + "-r", List.of(CatalogFixtures.approved("US", "Botox", 2004))),
                "<script>alert('x')</script> Reduces sweating.");
        String indication = CatalogFixtures.createIndication(input).slug();
        String clinic = ClinicFixtures.create(uniqueSlug("snip-xss")).slug();

        Snippet snippet = request().queryParam("indication", indication).queryParam("maxLength", 5000)
                .queryParam("format", "html").when().get(path(clinic)).then().statusCode(200).extract()
                .as(Snippets.class).items().get(0);

        assertThat(snippet.text())
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Reduces sweating.");
        assertThat(snippet.full()).doesNotContain("<script").startsWith(snippet.text());
        assertThat(snippet.disclaimers()).allSatisfy(d -> assertThat(d.shortText()).doesNotContain("<"));
    }

    @Test
    void lists_every_invalid_parameter_in_one_400_problem() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-400")).slug();

        Problem problem = assertProblem(request().queryParam("maxLength", 19, 5001, "abc", 70, 70)
                .queryParam("format", "rtf").when().get(path(clinic)).then(), ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder("article",
                "indication", "maxLength[0]", "maxLength[1]", "maxLength[2]", "maxLength[4]", "format");
    }

    @Test
    void refuses_both_sources_too_many_lengths_and_a_missing_length() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-400b")).slug();

        Problem both = assertProblem(request().queryParam("article", "a").queryParam("indication", "b")
                .queryParam("maxLength", 20, 30, 40, 50, 60, 70).when().get(path(clinic)).then(),
                ProblemType.VALIDATION_FAILED);
        Problem missing = assertProblem(request().queryParam("article", "a").when().get(path(clinic)).then(),
                ProblemType.VALIDATION_FAILED);

        assertThat(both.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder("article",
                "indication", "maxLength");
        assertThat(missing.errors()).extracting(Problem.FieldError::field).containsExactly("maxLength");
    }

    @Test
    void returns_404_problem_for_unknown_clinic_article_or_indication_and_for_an_unpublished_article() {
        String clinic = ClinicFixtures.create(uniqueSlug("snip-404")).slug();
        String draft = ArticleFixtures.create(clinic, SnippetFixtures.article("Not yet public.", false, null)).slug();
        String published = plainArticle(clinic, "Public now.");

        assertProblem(request().queryParam("article", published).queryParam("maxLength", 70).when()
                .get(path(uniqueSlug("no-such-clinic"))).then(), ProblemType.NOT_FOUND);
        assertProblem(request().queryParam("article", "no-such-article").queryParam("maxLength", 70).when()
                .get(path(clinic)).then(), ProblemType.NOT_FOUND);
        assertProblem(request().queryParam("indication", "no-such-indication").queryParam("maxLength", 70).when()
                .get(path(clinic)).then(), ProblemType.NOT_FOUND);
        assertProblem(request().queryParam("article", draft).queryParam("maxLength", 70).when().get(path(clinic))
                .then(), ProblemType.NOT_FOUND);
    }
}
