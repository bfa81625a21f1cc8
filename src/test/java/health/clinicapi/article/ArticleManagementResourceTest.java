package health.clinicapi.article;

import static health.clinicapi.article.ArticleFixtures.create;
import static health.clinicapi.article.ArticleFixtures.draft;
import static health.clinicapi.article.ArticleFixtures.path;
import static health.clinicapi.article.ArticleFixtures.post;
import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

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
class ArticleManagementResourceTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    private static String clinic() {
        return ClinicFixtures.create(uniqueSlug("art")).slug();
    }

    @Test
    void creates_a_draft_with_a_slug_from_the_title_and_reads_it_back_with_its_etag() {
        String clinic = clinic();

        var response = post(clinic, draft(null, "Ça va? Crème brûlée & Botox: the façts!")).statusCode(201);
        Article created = response.extract().as(Article.class);

        assertThat(created.slug()).isEqualTo("ca-va-creme-brulee-botox-the-facts");
        assertThat(created.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(created.locale()).isEqualTo("en-US");
        assertThat(created.clinic()).isEqualTo(clinic);
        assertThat(created.translationGroup()).isNotNull();
        assertThat(created.healthContent()).isTrue();
        assertThat(created.wordCount()).isEqualTo(4);
        assertThat(created.readingMinutes()).isEqualTo(1);
        response.header("ETag", "\"" + created.version() + "\"")
                .header("Location", org.hamcrest.Matchers.endsWith(path(clinic, created.slug()) + "?locale=en-US"));
        assertThat(ArticleFixtures.get(clinic, created.slug())).isEqualTo(created);
    }

    @Test
    void deduplicates_generated_slugs_and_keeps_them_within_80_characters() {
        String clinic = clinic();
        String longTitle = "A very long title ".repeat(10);

        assertThat(create(clinic, draft(null, "Same title")).slug()).isEqualTo("same-title");
        assertThat(create(clinic, draft(null, "Same title")).slug()).isEqualTo("same-title-2");
        assertThat(create(clinic, draft(null, "Same  title!")).slug()).isEqualTo("same-title-3");
        String first = create(clinic, draft(null, longTitle)).slug();
        String second = create(clinic, draft(null, longTitle)).slug();
        assertThat(first).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
        assertThat(second).hasSizeLessThanOrEqualTo(80).endsWith("-2");
    }

    @Test
    void a_slug_is_unique_per_clinic_and_locale_only() {
        String clinic = clinic();
        String other = clinic();
        Article english = create(clinic, draft("botox-basics", "Botox basics"));

        assertProblem(post(clinic, draft("botox-basics", "Again")), ProblemType.CONFLICT);
        ArticleInput spanish = new ArticleInput("botox-basics", "es-US", english.translationGroup(),
                "Lo básico de Botox", null, null, null, null, null, null, null, null, null, null, null, null);
        Article translation = create(clinic, spanish);
        assertThat(translation.translationGroup()).isEqualTo(english.translationGroup());
        assertThat(create(other, draft("botox-basics", "Elsewhere")).slug()).isEqualTo("botox-basics");
        assertThat(Keys.asAdmin().queryParam("locale", "es-US").when().get(path(clinic, "botox-basics")).then()
                .statusCode(200).extract().as(Article.class).id()).isEqualTo(translation.id());
        assertThat(ArticleFixtures.get(clinic, "botox-basics").id()).isEqualTo(english.id());
    }

    @Test
    void refuses_a_locale_the_clinic_does_not_publish_in_and_unknown_references_listing_each() {
        String clinic = clinic();
        ArticleInput input = new ArticleInput(null, "fr-FR", null, "Bonjour", null, null, null,
                List.of(new Block.IndicationRef("no-such-indication-in-block")), null, List.of("no-such-treatment"),
                List.of("no-such-indication"), "no-such-person", "no-such-reviewer", null, null, null);

        Problem problem = assertProblem(post(clinic, input), ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder("locale",
                "treatments", "indications", "indications", "author", "medicalReviewer");
        assertThat(list(clinic)).isEmpty();
    }

    @Test
    void a_medical_reviewer_must_be_one() {
        String clinic = clinic();
        String person = uniqueSlug("art-writer");
        CatalogFixtures.createPerson(person, false);

        Problem problem = assertProblem(post(clinic, publishable(null, person)), ProblemType.VALIDATION_FAILED);

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("medicalReviewer");
    }

    @Test
    void stores_the_union_of_listed_indications_and_indication_blocks() {
        String clinic = clinic();
        String tag = uniqueSlug("art-ind");
        String listed = CatalogFixtures.createIndicationWithParts(tag).slug();
        CatalogFixtures.createCondition(tag + "-c2");
        String inBlock = CatalogFixtures.createIndication(CatalogFixtures.indication(tag + "-i2", tag + "-t",
                tag + "-c2", tag + "-r", List.of(CatalogFixtures.approved("US", "Botox", 2010)))).slug();
        ArticleInput base = publishable(null, tag + "-r", new Block.IndicationRef(inBlock));
        ArticleInput input = new ArticleInput(null, null, null, base.title(), null, base.excerpt(), null, base.body(),
                List.of("botox", "sweat"), List.of(tag + "-t"), List.of(listed), null, tag + "-r",
                base.lastReviewedAt(), null, null);

        Article article = create(clinic, input);

        assertThat(article.indications()).containsExactlyInAnyOrder(listed, inBlock);
        assertThat(article.treatments()).containsExactly(tag + "-t");
        assertThat(list(clinic, "indication", inBlock)).extracting(Article::id).containsExactly(article.id());
        assertThat(list(clinic, "treatment", tag + "-t")).extracting(Article::id).containsExactly(article.id());
        assertThat(list(clinic, "tag", "sweat")).extracting(Article::id).containsExactly(article.id());
        assertThat(list(clinic, "tag", "nothing")).isEmpty();
        assertThat(list(clinic, "author", "nobody")).isEmpty();
        assertThat(list(clinic, "status", "PUBLISHED")).isEmpty();
        assertThat(list(clinic, "locale", "en-US")).extracting(Article::id).containsExactly(article.id());
    }

    @Test
    void catalog_entries_and_people_an_article_references_cannot_be_deleted() {
        String clinic = clinic();
        String tag = uniqueSlug("art-ref");
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        ArticleInput base = publishable(null, tag + "-r", new Block.IndicationRef(indication));
        create(clinic, base);

        assertProblem(Keys.asAdmin().header("If-Match", "\"0\"").when().delete("/v1/manage/indications/" + indication)
                .then(), ProblemType.CONFLICT);
        assertProblem(Keys.asAdmin().header("If-Match", "\"0\"").when().delete("/v1/manage/people/" + tag + "-r")
                .then(), ProblemType.CONFLICT);
        Keys.asAdmin().when().get("/v1/manage/indications/" + indication).then().statusCode(200);
    }

    @Test
    void a_clinic_with_articles_cannot_be_deleted() {
        var created = ClinicFixtures.create(uniqueSlug("art-del"));
        create(created.slug(), draft(null, "Keeps the clinic"));

        assertProblem(Keys.asAdmin().header("If-Match", "\"" + created.version() + "\"").when()
                .delete("/v1/manage/clinics/" + created.slug()).then(), ProblemType.CONFLICT);
        Keys.asAdmin().when().get("/v1/manage/clinics/" + created.slug()).then().statusCode(200);
    }

    @Test
    void lists_newest_change_first_a_page_at_a_time() {
        String clinic = clinic();
        Article first = create(clinic, draft(null, "First"));
        Article second = create(clinic, draft(null, "Second"));
        Article third = create(clinic, draft(null, "Third"));

        var page1 = Keys.asAdmin().queryParam("limit", 2).when().get(path(clinic)).then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")).extract().as(ArticlePage.class);
        var page2 = Keys.asAdmin().queryParam("limit", 2).queryParam("cursor", page1.nextCursor()).when()
                .get(path(clinic)).then().statusCode(200).extract().as(ArticlePage.class);

        assertThat(page1.items()).extracting(Article::id).containsExactly(third.id(), second.id());
        assertThat(page2.items()).extracting(Article::id).containsExactly(first.id());
        assertThat(page2.nextCursor()).isNull();
    }

    @Test
    void filters_the_list_by_status_tag_treatment_indication_author_and_locale() {
        String tag = uniqueSlug("mf");
        String clinic = ClinicFixtures.create(tag).slug();
        String indication = CatalogFixtures.createIndicationWithParts(tag).slug();
        CatalogFixtures.createPerson(tag + "-author", false);
        Article tagged = create(clinic, input("Tagged", "en-US", List.of("neuromodulators"), null, null, null));
        Article treating = create(clinic, input("Treating", "en-US", null, List.of(tag + "-t"), null, null));
        Article indicated = create(clinic, input("Indicated", "en-US", null, null, List.of(indication), null));
        Article authored = create(clinic, input("Authored", "en-US", null, null, null, tag + "-author"));
        Article spanish = create(clinic, input("En español", "es-US", null, null, null, null));
        Article live = ArticleFixtures.published(clinic, publishable(null, tag + "-r"));

        assertThat(list(clinic, "status", "PUBLISHED")).extracting(Article::id).containsExactly(live.id());
        assertThat(list(clinic, "status", "DRAFT")).extracting(Article::id).containsExactlyInAnyOrder(tagged.id(),
                treating.id(), indicated.id(), authored.id(), spanish.id());
        assertThat(list(clinic, "tag", "neuromodulators")).extracting(Article::id).containsExactly(tagged.id());
        assertThat(list(clinic, "treatment", tag + "-t")).extracting(Article::id).containsExactly(treating.id());
        assertThat(list(clinic, "indication", indication)).extracting(Article::id).containsExactly(indicated.id());
        assertThat(list(clinic, "author", tag + "-author")).extracting(Article::id).containsExactly(authored.id());
        assertThat(list(clinic, "locale", "es-US")).extracting(Article::id).containsExactly(spanish.id());
        assertThat(list(clinic, "status", "PUBLISHED", "tag", "botox")).extracting(Article::id)
                .containsExactly(live.id());
        assertThat(list(clinic, "status", "DRAFT", "tag", "botox")).isEmpty();
        assertProblem(Keys.asAdmin().queryParam("status", "LIVE").when().get(path(clinic)).then(),
                ProblemType.INVALID_VALUE);
    }

    private static ArticleInput input(String title, String locale, List<String> tags, List<String> treatments,
            List<String> indications, String author) {
        return new ArticleInput(null, locale, null, title, null, null, null,
                List.of(new Block.Paragraph(List.of(new Block.Span("Some words to read.", null, null)))), tags,
                treatments, indications, author, null, null, null, null);
    }

    @Test
    void replaces_with_if_match_and_refuses_a_stale_or_missing_one() {
        String clinic = clinic();
        Article article = create(clinic, draft(null, "Original"));
        ArticleInput changed = draft(null, "Changed title");

        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body(changed).when()
                .put(path(clinic, article.slug())).then(), ProblemType.PRECONDITION_REQUIRED);
        assertProblem(Keys.asAdmin().header("If-Match", "\"99\"").contentType(ContentType.JSON).body(changed).when()
                .put(path(clinic, article.slug())).then(), ProblemType.PRECONDITION_FAILED);
        Article replaced = Keys.asAdmin().header("If-Match", "\"" + article.version() + "\"")
                .contentType(ContentType.JSON).body(changed).when().put(path(clinic, article.slug())).then()
                .statusCode(200).extract().as(Article.class);

        assertThat(replaced.title()).isEqualTo("Changed title");
        assertThat(replaced.slug()).as("a slug stays when none is sent").isEqualTo(article.slug());
        assertThat(replaced.version()).isGreaterThan(article.version());
        assertThat(replaced.translationGroup()).isEqualTo(article.translationGroup());
    }

    @Test
    void deletes_drafts_with_if_match_but_not_published_articles() {
        String clinic = clinic();
        String reviewer = uniqueSlug("art-rev");
        CatalogFixtures.createPerson(reviewer, true);
        Article draft = create(clinic, draft(null, "To delete"));
        Article live = create(clinic, publishable(null, reviewer));
        live = ArticleFixtures.action(clinic, live, "publish", null).statusCode(200).extract().as(Article.class);

        assertProblem(Keys.asAdmin().when().delete(path(clinic, draft.slug())).then(),
                ProblemType.PRECONDITION_REQUIRED);
        assertProblem(Keys.asAdmin().header("If-Match", "\"99\"").when().delete(path(clinic, draft.slug())).then(),
                ProblemType.PRECONDITION_FAILED);
        assertProblem(Keys.asAdmin().header("If-Match", "\"" + live.version() + "\"").when()
                .delete(path(clinic, live.slug())).then(), ProblemType.CONFLICT);
        Keys.asAdmin().header("If-Match", "\"" + draft.version() + "\"").when().delete(path(clinic, draft.slug()))
                .then().statusCode(204);
        assertProblem(Keys.asAdmin().when().get(path(clinic, draft.slug())).then(), ProblemType.NOT_FOUND);
    }

    @Test
    void refuses_hostile_input_and_stores_nothing() {
        String clinic = clinic();
        String script = "{\"title\": \"<script>alert(1)</script>\"}";
        String jsLink = "{\"title\": \"Links\", \"body\": [{\"type\": \"paragraph\", \"content\": [{\"text\": \"x\","
                + " \"link\": {\"href\": \"javascript:alert(1)\"}}]}]}";
        String unknownBlock = "{\"title\": \"Html\", \"body\": [{\"type\": \"html\", \"html\": \"<b>x</b>\"}]}";
        String deepList = "{\"title\": \"Deep\", \"body\": [" + nested(5) + "]}";
        String heroScript = "{\"title\": \"Hero\", \"heroImage\": {\"url\": \"javascript:alert(1)\", \"alt\": \"\"}}";
        String status = "{\"title\": \"Sneaky\", \"status\": \"PUBLISHED\"}";

        assertProblem(post(clinic, script), ProblemType.VALIDATION_FAILED);
        assertProblem(post(clinic, jsLink), ProblemType.VALIDATION_FAILED);
        assertProblem(post(clinic, unknownBlock), ProblemType.INVALID_VALUE);
        assertProblem(post(clinic, deepList), ProblemType.VALIDATION_FAILED);
        Problem hero = assertProblem(post(clinic, heroScript), ProblemType.VALIDATION_FAILED);
        assertThat(hero.errors()).extracting(Problem.FieldError::field).contains("heroImage.url", "heroImage.alt");
        assertProblem(post(clinic, status), ProblemType.UNKNOWN_PROPERTY);
        assertProblem(post(clinic, "{\"title\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}"),
                ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(list(clinic)).isEmpty();
    }

    @Test
    void a_retried_create_with_the_same_idempotency_key_creates_once() {
        String clinic = clinic();
        String key = UUID.randomUUID().toString();
        ArticleInput input = draft(null, "Once only");

        Article first = Keys.asAdmin().header("Idempotency-Key", key).contentType(ContentType.JSON).body(input)
                .when().post(path(clinic)).then().statusCode(201).extract().as(Article.class);
        Article again = Keys.asAdmin().header("Idempotency-Key", key).contentType(ContentType.JSON).body(input)
                .when().post(path(clinic)).then().statusCode(201).header("Idempotent-Replayed", "true").extract()
                .as(Article.class);

        assertThat(again).isEqualTo(first);
        assertThat(list(clinic)).hasSize(1);
    }

    @Test
    void a_key_of_another_clinic_gets_404_and_changes_nothing() {
        String clinic = clinic();
        String other = clinic();
        Article article = create(clinic, draft(null, "Private draft"));
        String key = Keys.create(other, "content:read", "content:write", "content:publish");

        assertProblem(Keys.as(key).when().get(path(clinic, article.slug())).then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.as(key).when().get(path(clinic)).then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.as(key).contentType(ContentType.JSON).body(draft(null, "Intruder")).when()
                .post(path(clinic)).then(), ProblemType.NOT_FOUND);
        assertThat(list(clinic)).hasSize(1);
        Keys.as(key).when().get(path(other)).then().statusCode(200);
    }

    private static List<Article> list(String clinic, String... filter) {
        var request = Keys.asAdmin();
        for (int i = 0; i < filter.length; i += 2) {
            request = request.queryParam(filter[i], filter[i + 1]);
        }
        return request.when().get(path(clinic)).then().statusCode(200).extract().as(ArticlePage.class).items();
    }

    private static String nested(int depth) {
        String list = "{\"type\": \"list\", \"ordered\": false, \"items\": [{\"content\": [{\"text\": \"leaf\"}]}]}";
        for (int i = 1; i < depth; i++) {
            list = "{\"type\": \"list\", \"ordered\": false, \"items\": [{\"content\": [{\"text\": \"level\"}],"
                    + " \"children\": " + list + "}]}";
        }
        return list;
    }
}
