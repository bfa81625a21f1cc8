package health.clinicapi.event;

import static health.clinicapi.article.ArticleFixtures.action;
import static health.clinicapi.article.ArticleFixtures.create;
import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.article.Article;
import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.article.ArticleInput;
import health.clinicapi.article.ArticleScheduler;
import health.clinicapi.article.ArticleStatus;
import health.clinicapi.article.PublishInput;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.Indication;
import health.clinicapi.catalog.IndicationInput;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.disclaimer.Disclaimer;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.DisclaimerVersionInput;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** The changes feed as the real write paths fill it, and how a client pages through it. */
@QuarkusTest
class ChangesFeedTest {

    @Inject
    ArticleScheduler scheduler;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static String clinic(String prefix) {
        return ClinicFixtures.create(uniqueSlug(prefix)).slug();
    }

    private static String reviewer() {
        String reviewer = uniqueSlug("chg-r");
        CatalogFixtures.createPerson(reviewer, true);
        return reviewer;
    }

    private static Article replace(String clinic, Article article, ArticleInput input) {
        return Keys.asAdmin().header("If-Match", "\"" + article.version() + "\"").contentType(ContentType.JSON)
                .body(input).when().put(ArticleFixtures.path(clinic, article.slug())).then().statusCode(200)
                .extract().as(Article.class);
    }

    @Test
    void records_publish_update_unpublish_and_delete_of_an_article_in_order() {
        String clinic = clinic("chg-art");
        String reviewer = reviewer();
        Article draft = create(clinic, publishable("botox-basics", reviewer));
        draft = replace(clinic, draft, publishable("botox-basics", reviewer));
        Article live = action(clinic, draft, "publish", null).statusCode(200).extract().as(Article.class);
        Article edited = replace(clinic, live, publishable("botox-basics", reviewer));
        Article archived = action(clinic, edited, "unpublish", null).statusCode(200).extract().as(Article.class);
        Keys.asAdmin().header("If-Match", "\"" + archived.version() + "\"").when()
                .delete(ArticleFixtures.path(clinic, archived.slug())).then().statusCode(204);

        List<Change> changes = ChangesFixtures.all(clinic);

        assertThat(changes).extracting(Change::sequence, Change::type, Change::resource, Change::slug,
                Change::locale).containsExactly(
                        tuple(1L, "article.published", "article", "botox-basics", "en-US"),
                        tuple(2L, "article.updated", "article", "botox-basics", "en-US"),
                        tuple(3L, "article.unpublished", "article", "botox-basics", "en-US"),
                        tuple(4L, "article.deleted", "article", "botox-basics", "en-US"));
        assertThat(changes.get(0).url())
                .endsWith("/v1/clinics/" + clinic + "/articles/botox-basics?locale=en-US");
        assertThat(changes).extracting(Change::occurredAt).isSorted();
    }

    @Test
    void a_published_article_that_moves_to_a_new_slug_is_unpublished_at_the_old_one() {
        String clinic = clinic("chg-move");
        String reviewer = reviewer();
        Article live = ArticleFixtures.published(clinic, publishable("old-slug", reviewer));

        replace(clinic, live, publishable("new-slug", reviewer));

        assertThat(ChangesFixtures.all(clinic)).extracting(Change::type, Change::slug).containsExactly(
                tuple("article.published", "old-slug"), tuple("article.unpublished", "old-slug"),
                tuple("article.updated", "new-slug"));
    }

    @Test
    void draft_edits_review_scheduling_and_deleting_drafts_record_nothing() {
        String clinic = clinic("chg-draft");
        String reviewer = reviewer();
        Article draft = create(clinic, publishable("quiet", reviewer));
        draft = replace(clinic, draft, publishable("quiet", reviewer));
        Article inReview = action(clinic, draft, "submit", null).statusCode(200).extract().as(Article.class);
        Article scheduled = action(clinic, inReview, "publish",
                new PublishInput(Instant.now().plus(3, ChronoUnit.DAYS), null)).statusCode(200).extract()
                .as(Article.class);
        Article archived = action(clinic, scheduled, "unpublish", null).statusCode(200).extract().as(Article.class);
        Keys.asAdmin().header("If-Match", "\"" + archived.version() + "\"").when()
                .delete(ArticleFixtures.path(clinic, archived.slug())).then().statusCode(204);

        ChangesPage page = ChangesFixtures.page(clinic, null, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.hasMore()).isFalse();
        assertThat(ChangesFixtures.page(clinic, page.nextToken(), 20).nextToken()).isEqualTo(page.nextToken());
    }

    @Test
    void the_scheduler_records_scheduled_publication_and_unpublication() {
        String clinic = clinic("chg-sched");
        Article draft = create(clinic, publishable("timed", reviewer()));
        Instant publishAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant unpublishAt = publishAt.plus(7, ChronoUnit.DAYS);
        action(clinic, draft, "publish", new PublishInput(publishAt, unpublishAt)).statusCode(200);
        assertThat(ChangesFixtures.all(clinic)).as("scheduled, not live yet").isEmpty();

        scheduler.runDue(publishAt.plusSeconds(1));
        scheduler.runDue(unpublishAt.plusSeconds(1));

        assertThat(ChangesFixtures.all(clinic)).extracting(Change::sequence, Change::type, Change::slug)
                .containsExactly(tuple(1L, "article.published", "timed"), tuple(2L, "article.unpublished", "timed"));
        assertThat(ArticleFixtures.get(clinic, "timed").status()).isEqualTo(ArticleStatus.ARCHIVED);
    }

    @Test
    void an_indication_update_reaches_every_clinic() {
        String first = clinic("chg-ind-a");
        String second = clinic("chg-ind-b");
        String tag = uniqueSlug("chg-ind");
        Indication indication = CatalogFixtures.createIndicationWithParts(tag);
        IndicationInput changed = CatalogFixtures.indication(indication.slug(), tag + "-t", tag + "-c", null,
                List.of(CatalogFixtures.approved("US", "Botox", 2004)));

        Keys.asAdmin().header("If-Match", "\"" + indication.version() + "\"").contentType(ContentType.JSON)
                .body(changed).when().put("/v1/manage/indications/" + indication.slug()).then().statusCode(200);

        for (String clinic : List.of(first, second)) {
            assertThat(ChangesFixtures.all(clinic)).extracting(Change::type, Change::resource, Change::slug,
                    Change::locale).containsExactly(tuple("indication.updated", "indication", indication.slug(), null));
            assertThat(ChangesFixtures.all(clinic).get(0).url())
                    .endsWith("/v1/clinics/" + clinic + "/indications/" + indication.slug());
        }
    }

    @Test
    void a_clinic_override_reaches_its_clinic_and_a_network_version_every_clinic() {
        String own = clinic("chg-dis-a");
        String other = clinic("chg-dis-b");
        String key = DisclaimerFixtures.uniqueKey("chg-dis");
        Disclaimer network = DisclaimerFixtures.create(null, DisclaimerFixtures.input(key, "en-US"));
        DisclaimerFixtures.create(own, DisclaimerFixtures.input(key, "en-US"));
        assertThat(ChangesFixtures.all(other)).as("a new network default is found by listing").isEmpty();

        Keys.asAdmin().contentType(ContentType.JSON).header("If-Match", "\"" + network.version() + "\"")
                .body(new DisclaimerVersionInput("Second title", "Second text.", "Second short.", null)).when()
                .post(DisclaimerFixtures.networkPath() + "/" + network.id() + "/versions").then().statusCode(201);

        assertThat(ChangesFixtures.all(own)).extracting(Change::sequence, Change::type, Change::slug, Change::locale)
                .containsExactly(tuple(1L, "disclaimer.updated", key, "en-US"),
                        tuple(2L, "disclaimer.updated", key, "en-US"));
        assertThat(ChangesFixtures.all(other)).extracting(Change::type, Change::slug, Change::url)
                .containsExactly(tuple("disclaimer.updated", key,
                        ChangesFixtures.all(other).get(0).url()));
        assertThat(ChangesFixtures.all(other).get(0).url())
                .endsWith("/v1/clinics/" + other + "/disclaimers/" + key + "?locale=en-US");
    }

    @Test
    void pages_with_tokens_links_and_etags_and_keeps_the_position_when_nothing_is_new() {
        String clinic = clinic("chg-page");
        String reviewer = reviewer();
        for (int i = 1; i <= 3; i++) {
            ArticleFixtures.published(clinic, publishable("page-" + i, reviewer));
        }

        var first = ChangesFixtures.poll(clinic, null, 2).statusCode(200).header("Cache-Control", "public, max-age=5");
        ChangesPage one = first.extract().as(ChangesPage.class);
        String link = first.extract().header("Link");
        ChangesPage two = ChangesFixtures.page(clinic, one.nextToken(), 2);
        var last = ChangesFixtures.poll(clinic, two.nextToken(), 2).statusCode(200);
        ChangesPage three = last.extract().as(ChangesPage.class);

        assertThat(one.items()).extracting(Change::sequence).containsExactly(1L, 2L);
        assertThat(one.hasMore()).isTrue();
        assertThat(link).contains("rel=\"next\"").contains("since=" + one.nextToken());
        assertThat(two.items()).extracting(Change::sequence, Change::slug).containsExactly(tuple(3L, "page-3"));
        assertThat(two.hasMore()).isFalse();
        assertThat(three.items()).isEmpty();
        assertThat(three.nextToken()).isEqualTo(two.nextToken());
        assertThat(last.extract().header("Link")).contains("since=" + two.nextToken());
        given().basePath("").header("If-None-Match", last.extract().header("ETag"))
                .queryParam("since", two.nextToken()).queryParam("limit", 2).when()
                .get(ChangesFixtures.path(clinic)).then().statusCode(304);
    }

    @Test
    void returns_400_problem_for_a_forged_or_foreign_token() {
        var created = ClinicFixtures.create(uniqueSlug("chg-bad"));
        String clinic = created.slug();
        String other = clinic("chg-bad-o");
        ArticleFixtures.published(other, publishable("elsewhere", reviewer()));
        String foreign = ChangesFixtures.page(other, null, 20).nextToken();
        String ahead = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("changes.v1:" + created.id() + ":99").getBytes(StandardCharsets.UTF_8));

        for (String token : List.of("not-a-token", "%%%", foreign, ahead)) {
            assertProblem(ChangesFixtures.poll(clinic, token, 20), ProblemType.INVALID_CURSOR);
        }
    }

    @Test
    void returns_404_problem_for_an_unknown_clinic() {
        assertProblem(ChangesFixtures.poll(uniqueSlug("chg-none"), null, 20), ProblemType.NOT_FOUND);
    }

    @Test
    void a_rolled_back_change_records_nothing_and_uses_no_number() {
        String clinic = clinic("chg-rb");
        String reviewer = reviewer();
        ArticleFixtures.published(clinic, publishable("before", reviewer));
        Article refused = create(clinic, publishable(RefusingObserver.PREFIX + "one", reviewer));

        assertProblem(action(clinic, refused, "publish", null), ProblemType.CONFLICT);
        ArticleFixtures.published(clinic, publishable("after", reviewer));

        assertThat(ArticleFixtures.get(clinic, refused.slug()).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(ChangesFixtures.all(clinic)).extracting(Change::sequence, Change::slug)
                .containsExactly(tuple(1L, "before"), tuple(2L, "after"));
    }
}
