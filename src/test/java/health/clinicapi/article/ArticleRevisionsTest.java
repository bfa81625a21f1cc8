package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.action;
import static health.clinicapi.article.ArticleFixtures.create;
import static health.clinicapi.article.ArticleFixtures.draft;
import static health.clinicapi.article.ArticleFixtures.path;
import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
class ArticleRevisionsTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void every_save_and_transition_is_a_revision_listed_newest_first() {
        String clinic = ClinicFixtures.create(uniqueSlug("rev")).slug();
        String reviewer = uniqueSlug("rev-r");
        CatalogFixtures.createPerson(reviewer, true);
        Article created = create(clinic, publishable(null, reviewer));
        Article submitted = action(clinic, created, "submit", null).statusCode(200).extract().as(Article.class);
        Article published = action(clinic, submitted, "publish", null).statusCode(200).extract().as(Article.class);

        var page = Keys.asAdmin().queryParam("limit", 2).when().get(path(clinic, created.slug()) + "/revisions")
                .then().statusCode(200).extract().as(ArticleRevisionPage.class);
        var rest = Keys.asAdmin().queryParam("cursor", page.nextCursor()).when()
                .get(path(clinic, created.slug()) + "/revisions").then().statusCode(200).extract()
                .as(ArticleRevisionPage.class);

        assertThat(page.items()).extracting(ArticleRevision::number).containsExactly(3, 2);
        assertThat(page.items()).extracting(ArticleRevision::action).containsExactly(RevisionAction.PUBLISHED,
                RevisionAction.SUBMITTED);
        assertThat(page.items().get(0).article()).isEqualTo(published);
        assertThat(page.items().get(0).actorName()).isEqualTo("bootstrap");
        assertThat(rest.items()).extracting(ArticleRevision::number).containsExactly(1);
        assertThat(rest.items().get(0).article()).isEqualTo(created);
        assertThat(rest.nextCursor()).isNull();
    }

    @Test
    void restoring_makes_a_draft_with_old_content_as_a_new_revision_and_leaves_old_ones_byte_for_byte() {
        String clinic = ClinicFixtures.create(uniqueSlug("rev")).slug();
        Article first = create(clinic, draft(null, "First words"));
        Article second = Keys.asAdmin().header("If-Match", "\"" + first.version() + "\"")
                .contentType(ContentType.JSON).body(draft(null, "Second words")).when()
                .put(path(clinic, first.slug())).then().statusCode(200).extract().as(Article.class);
        String revisionOne = revision(clinic, first.slug(), 1);
        String revisionTwo = revision(clinic, first.slug(), 2);

        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).when()
                .post(path(clinic, first.slug()) + "/revisions/1/restore").then(), ProblemType.PRECONDITION_REQUIRED);
        assertProblem(Keys.asAdmin().header("If-Match", "\"" + first.version() + "\"").contentType(ContentType.JSON)
                .when().post(path(clinic, first.slug()) + "/revisions/1/restore").then(),
                ProblemType.PRECONDITION_FAILED);
        Article restored = Keys.asAdmin().header("If-Match", "\"" + second.version() + "\"")
                .contentType(ContentType.JSON).when().post(path(clinic, first.slug()) + "/revisions/1/restore")
                .then().statusCode(200).extract().as(Article.class);

        assertThat(restored.title()).isEqualTo("First words");
        assertThat(restored.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(restored.version()).isGreaterThan(second.version());
        assertThat(revision(clinic, first.slug(), 1)).isEqualTo(revisionOne);
        assertThat(revision(clinic, first.slug(), 2)).isEqualTo(revisionTwo);
        assertThat(Keys.asAdmin().when().get(path(clinic, first.slug()) + "/revisions/3").then().statusCode(200)
                .extract().as(ArticleRevision.class).action()).isEqualTo(RevisionAction.RESTORED);
        assertProblem(Keys.asAdmin().when().get(path(clinic, first.slug()) + "/revisions/4").then(),
                ProblemType.NOT_FOUND);
    }

    @Test
    void a_published_article_cannot_be_restored_over() {
        String clinic = ClinicFixtures.create(uniqueSlug("rev")).slug();
        String reviewer = uniqueSlug("rev-r");
        CatalogFixtures.createPerson(reviewer, true);
        Article published = action(clinic, create(clinic, publishable(null, reviewer)), "publish", null)
                .statusCode(200).extract().as(Article.class);

        assertProblem(Keys.asAdmin().header("If-Match", "\"" + published.version() + "\"")
                .contentType(ContentType.JSON).when().post(path(clinic, published.slug()) + "/revisions/1/restore")
                .then(), ProblemType.CONFLICT);
    }

    @Test
    void revisions_cannot_be_changed_or_deleted_through_the_api() {
        String clinic = ClinicFixtures.create(uniqueSlug("rev")).slug();
        Article article = create(clinic, draft(null, "Fixed"));
        String before = revision(clinic, article.slug(), 1);

        // No such operation exists: the router answers 404 or 405 depending on how it matched the path.
        Keys.asAdmin().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}").when()
                .put(path(clinic, article.slug()) + "/revisions/1").then()
                .statusCode(org.hamcrest.Matchers.oneOf(404, 405)).contentType("application/problem+json");
        Keys.asAdmin().header("If-Match", "\"0\"").when().delete(path(clinic, article.slug()) + "/revisions/1")
                .then().statusCode(org.hamcrest.Matchers.oneOf(404, 405)).contentType("application/problem+json");

        assertThat(revision(clinic, article.slug(), 1)).isEqualTo(before);
    }

    private static String revision(String clinic, String slug, int number) {
        return Keys.asAdmin().when().get(path(clinic, slug) + "/revisions/" + number).then().statusCode(200)
                .extract().asString();
    }
}
