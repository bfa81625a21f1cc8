package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.action;
import static health.clinicapi.article.ArticleFixtures.create;
import static health.clinicapi.article.ArticleFixtures.path;
import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** The publication job, run with the test's own clock instead of waiting for wall-clock time. */
@QuarkusTest
class ArticleSchedulerTest {

    @Inject
    ArticleScheduler scheduler;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static Article scheduled(String clinic, Instant publishAt, Instant unpublishAt) {
        String reviewer = uniqueSlug("sched-r");
        CatalogFixtures.createPerson(reviewer, true);
        Article article = create(clinic, publishable(null, reviewer));
        return action(clinic, article, "publish", new PublishInput(publishAt, unpublishAt)).statusCode(200)
                .extract().as(Article.class);
    }

    @Test
    void publishes_when_due_once_and_archives_when_the_end_comes() {
        String clinic = ClinicFixtures.create(uniqueSlug("sched")).slug();
        Instant publishAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant unpublishAt = publishAt.plus(7, ChronoUnit.DAYS);
        Article article = scheduled(clinic, publishAt, unpublishAt);

        scheduler.runDue(publishAt.minusSeconds(1));
        assertThat(ArticleFixtures.get(clinic, article.slug()).status()).isEqualTo(ArticleStatus.SCHEDULED);

        scheduler.runDue(publishAt.plusSeconds(1));
        scheduler.runDue(publishAt.plusSeconds(2));
        Article live = ArticleFixtures.get(clinic, article.slug());
        assertThat(live.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(live.publishedAt()).as("the scheduled time, even when applied later").isEqualTo(publishAt);
        assertThat(live.unpublishAt()).isEqualTo(unpublishAt);
        assertThat(systemRevisions(clinic, article.slug())).containsExactly(RevisionAction.PUBLISHED);

        scheduler.runDue(unpublishAt);
        assertThat(ArticleFixtures.get(clinic, article.slug()).status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(systemRevisions(clinic, article.slug())).containsExactly(RevisionAction.UNPUBLISHED,
                RevisionAction.PUBLISHED);
    }

    @Test
    void catches_up_after_downtime_publishing_and_archiving_in_one_run() {
        String clinic = ClinicFixtures.create(uniqueSlug("sched")).slug();
        Instant publishAt = Instant.now().plus(2, ChronoUnit.DAYS);
        Article article = scheduled(clinic, publishAt, publishAt.plus(1, ChronoUnit.DAYS));

        scheduler.runDue(publishAt.plus(30, ChronoUnit.DAYS));

        assertThat(ArticleFixtures.get(clinic, article.slug()).status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(systemRevisions(clinic, article.slug())).containsExactly(RevisionAction.UNPUBLISHED,
                RevisionAction.PUBLISHED);
        assertThat(Keys.asAdmin().queryParam("clinic", clinic).queryParam("resource", "article").when()
                .get("/v1/manage/audit-entries").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.actorName == 'system' }"))
                .hasSize(2);
    }

    @Test
    void two_replicas_running_the_job_at_once_apply_each_change_once() throws Exception {
        String clinic = ClinicFixtures.create(uniqueSlug("sched")).slug();
        Instant publishAt = Instant.now().plus(3, ChronoUnit.DAYS);
        Article article = scheduled(clinic, publishAt, null);
        Instant now = publishAt.plusSeconds(5);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> scheduler.runDue(now));
            var second = pool.submit(() -> scheduler.runDue(now));
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        assertThat(ArticleFixtures.get(clinic, article.slug()).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(systemRevisions(clinic, article.slug())).containsExactly(RevisionAction.PUBLISHED);
    }

    private static List<RevisionAction> systemRevisions(String clinic, String slug) {
        return Keys.asAdmin().when().get(path(clinic, slug) + "/revisions").then().statusCode(200).extract()
                .as(ArticleRevisionPage.class).items().stream().filter(r -> r.actorKeyId() == null)
                .map(ArticleRevision::action).toList();
    }
}
