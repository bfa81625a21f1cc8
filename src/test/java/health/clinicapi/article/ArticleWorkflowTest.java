package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.action;
import static health.clinicapi.article.ArticleFixtures.create;
import static health.clinicapi.article.ArticleFixtures.draft;
import static health.clinicapi.article.ArticleFixtures.path;
import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.content.Block;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

@QuarkusTest
class ArticleWorkflowTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static String clinic() {
        return ClinicFixtures.create(uniqueSlug("flow")).slug();
    }

    private static String reviewer() {
        String slug = uniqueSlug("flow-rev");
        CatalogFixtures.createPerson(slug, true);
        return slug;
    }

    private static Article ok(String clinic, Article article, String action, Object body) {
        return action(clinic, article, action, body).statusCode(200).extract().as(Article.class);
    }

    @Test
    void goes_from_draft_through_review_to_published_archived_and_back_to_draft() {
        String clinic = clinic();
        Article article = create(clinic, publishable(null, reviewer()));

        Article inReview = ok(clinic, article, "submit", null);
        assertThat(inReview.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertProblem(action(clinic, inReview, "submit", null), ProblemType.CONFLICT);

        Article published = ok(clinic, inReview, "publish", null);
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.publishedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1,
                ChronoUnit.MINUTES));
        assertProblem(action(clinic, published, "publish", null), ProblemType.CONFLICT);
        assertProblem(action(clinic, published, "return-to-draft", null), ProblemType.CONFLICT);

        Article archived = ok(clinic, published, "unpublish", null);
        assertThat(archived.status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertProblem(action(clinic, archived, "unpublish", null), ProblemType.CONFLICT);
        assertProblem(action(clinic, archived, "submit", null), ProblemType.CONFLICT);

        assertThat(ok(clinic, archived, "return-to-draft", null).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void publishing_with_a_future_time_schedules_and_unpublishing_a_scheduled_one_archives_it() {
        String clinic = clinic();
        Article article = create(clinic, publishable(null, reviewer()));
        Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant until = at.plus(30, ChronoUnit.DAYS);

        Article scheduled = ok(clinic, article, "publish", new PublishInput(at, until));

        assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(scheduled.publishAt()).isEqualTo(at);
        assertThat(scheduled.unpublishAt()).isEqualTo(until);
        assertThat(scheduled.publishedAt()).isNull();
        Article archived = ok(clinic, scheduled, "unpublish", null);
        assertThat(archived.status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(archived.publishAt()).isNull();
    }

    @Test
    void a_failed_publish_is_a_422_listing_every_unmet_requirement_and_changes_nothing() {
        String clinic = clinic();
        Article empty = ArticleFixtures.post(clinic, "{}").statusCode(201).extract().as(Article.class);
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS);

        Problem problem = assertProblem(action(clinic, empty, "publish", new PublishInput(past, past)),
                ProblemType.UNPROCESSABLE);

        assertThat(empty.slug()).isEqualTo("untitled");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder("title",
                "excerpt", "body", "medicalReviewer", "lastReviewedAt", "publishAt", "unpublishAt");
        assertThat(ArticleFixtures.get(clinic, empty.slug())).isEqualTo(empty);
    }

    @Test
    void a_review_date_in_the_future_blocks_publishing_but_content_that_is_not_health_needs_no_review() {
        String clinic = clinic();
        String reviewer = reviewer();
        ArticleInput base = publishable(null, reviewer);
        ArticleInput future = new ArticleInput(null, null, null, base.title(), null, base.excerpt(), null,
                base.body(), null, null, null, null, reviewer, LocalDate.now().plusDays(3), null, null);
        ArticleInput news = new ArticleInput(null, null, null, "Clinic news", null, "We moved.", null,
                List.of(new Block.Paragraph(List.of(new Block.Span("New address.", null, null)))), null, null,
                null, null, null, null, false, null);

        Problem problem = assertProblem(action(clinic, create(clinic, future), "publish", null),
                ProblemType.UNPROCESSABLE);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("lastReviewedAt");
        assertThat(ok(clinic, create(clinic, news), "publish", null).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void every_action_needs_a_current_if_match() {
        String clinic = clinic();
        Article article = create(clinic, draft(null, "Guarded"));

        for (String name : List.of("submit", "publish", "unpublish", "return-to-draft")) {
            assertProblem(Keys.asAdmin().contentType(ContentType.JSON).when()
                    .post(path(clinic, article.slug()) + "/" + name).then(), ProblemType.PRECONDITION_REQUIRED);
            assertProblem(Keys.asAdmin().header("If-Match", "\"41\"").contentType(ContentType.JSON).when()
                    .post(path(clinic, article.slug()) + "/" + name).then(), ProblemType.PRECONDITION_FAILED);
        }
        assertThat(ArticleFixtures.get(clinic, article.slug())).isEqualTo(article);
    }

    @Test
    void publishing_needs_content_publish_while_content_write_may_submit() {
        String clinic = clinic();
        Article article = create(clinic, publishable(null, reviewer()));
        String writer = Keys.create(clinic, "content:read", "content:write");

        Article submitted = Keys.as(writer).header("If-Match", "\"" + article.version() + "\"")
                .contentType(ContentType.JSON).when().post(path(clinic, article.slug()) + "/submit").then()
                .statusCode(200).extract().as(Article.class);
        assertProblem(Keys.as(writer).header("If-Match", "\"" + submitted.version() + "\"")
                .contentType(ContentType.JSON).when().post(path(clinic, article.slug()) + "/publish").then(),
                ProblemType.FORBIDDEN);
    }

    @Test
    void editing_a_published_article_keeps_it_published() {
        String clinic = clinic();
        String reviewer = reviewer();
        Article published = ok(clinic, create(clinic, publishable(null, reviewer)), "publish", null);
        ArticleInput base = publishable(published.slug(), reviewer);
        ArticleInput edit = new ArticleInput(base.slug(), null, null, "A corrected title", null, base.excerpt(),
                null, base.body(), null, null, null, null, reviewer, base.lastReviewedAt(), null, null);

        Article edited = Keys.asAdmin().header("If-Match", "\"" + published.version() + "\"")
                .contentType(ContentType.JSON).body(edit).when().put(path(clinic, published.slug())).then()
                .statusCode(200).extract().as(Article.class);

        assertThat(edited.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(edited.title()).isEqualTo("A corrected title");
        assertThat(edited.publishedAt()).isEqualTo(published.publishedAt());
    }
}
