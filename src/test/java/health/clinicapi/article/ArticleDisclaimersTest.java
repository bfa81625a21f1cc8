package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.create;
import static health.clinicapi.article.ArticleFixtures.path;
import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.content.Block;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.ResolvedDisclaimer;
import health.clinicapi.disclaimer.ResolvedDisclaimers;
import health.clinicapi.disclaimer.RuleCondition;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** An article's disclaimers follow the statuses of the indications it references, where its clinic practises. */
@QuarkusTest
class ArticleDisclaimersTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void an_article_referencing_an_off_label_indication_carries_the_off_label_disclaimer_and_an_approved_one_does_not() {
        String offLabelKey = DisclaimerFixtures.uniqueKey("art-off-label");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(offLabelKey, "en-US"));
        DisclaimerFixtures.createRule(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("art-rule"), offLabelKey,
                RuleCondition.INDICATION_STATUS_NOT_APPROVED, 20, ContentType.ARTICLE));
        String tag = uniqueSlug("art-disc");
        String approved = CatalogFixtures.createIndicationWithParts(tag).slug();
        CatalogFixtures.createCondition(tag + "-palms");
        String offLabel = CatalogFixtures.createIndication(CatalogFixtures.indication(tag + "-palms-i", tag + "-t",
                tag + "-palms", tag + "-r", List.of(CatalogFixtures.status("US", "Botox", RegulatoryStatus.OFF_LABEL))))
                .slug();
        String clinic = ClinicFixtures.create(uniqueSlug("art-disc")).slug();

        Article withOffLabel = create(clinic, publishable(null, tag + "-r", new Block.IndicationRef(offLabel),
                new Block.IndicationRef(approved)));
        Article approvedOnly = create(clinic, publishable(null, tag + "-r", new Block.IndicationRef(approved)));

        assertThat(keys(clinic, withOffLabel.slug())).contains(offLabelKey);
        assertThat(keys(clinic, approvedOnly.slug())).doesNotContain(offLabelKey);
    }

    @Test
    void a_key_of_another_clinic_gets_404_and_a_content_reader_may_resolve() {
        String mine = ClinicFixtures.create(uniqueSlug("art-disc-mine")).slug();
        String other = ClinicFixtures.create(uniqueSlug("art-disc-other")).slug();
        Article article = create(other, ArticleFixtures.draft(null, "Theirs"));
        Article own = create(mine, ArticleFixtures.draft(null, "Mine"));
        String key = Keys.create(mine, "content:read");

        assertProblem(Keys.as(key).when().get(path(other, article.slug()) + "/disclaimers").then(),
                ProblemType.NOT_FOUND);
        assertProblem(Keys.as(key).when().get(path(mine, "no-such-article") + "/disclaimers").then(),
                ProblemType.NOT_FOUND);
        Keys.as(key).when().get(path(mine, own.slug()) + "/disclaimers").then().statusCode(200);
    }

    private static List<String> keys(String clinic, String slug) {
        return Keys.asAdmin().when().get(path(clinic, slug) + "/disclaimers").then().statusCode(200).extract()
                .as(ResolvedDisclaimers.class).items().stream().map(ResolvedDisclaimer::key).toList();
    }
}
