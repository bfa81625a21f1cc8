package health.clinicapi.syndication;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.article.Article;
import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.Problem;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Grants, placements and rules through the management API: who may do what, and every bad request refused. */
@QuarkusTest
class SyndicationManagementTest {

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    record Setup(String origin, String target, Article article) {
    }

    private static Setup setUpPair(boolean granted) {
        String origin = ClinicFixtures.create(uniqueSlug("synm-origin")).slug();
        String target = ClinicFixtures.create(uniqueSlug("synm-target")).slug();
        String reviewer = uniqueSlug("synm-r");
        CatalogFixtures.createPerson(reviewer, true);
        Article article = ArticleFixtures.published(origin, ArticleFixtures.publishable(uniqueSlug("m"), reviewer));
        if (granted) {
            SyndicationFixtures.grant(origin, target);
        }
        return new Setup(origin, target, article);
    }

    @Test
    void without_a_grant_a_placement_or_rule_is_refused_and_nothing_is_stored() {
        Setup s = setUpPair(false);

        Problem problem = assertProblem(SyndicationFixtures.postPlacement(s.target(),
                new PlacementInput(s.origin(), s.article().slug(), null, null)), ProblemType.UNPROCESSABLE);
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                .body(new RuleInput("botox", List.of(s.target()))).when()
                .post(SyndicationFixtures.rulesPath(s.origin())).then(), ProblemType.UNPROCESSABLE);

        assertThat(problem.detail()).contains("has not granted");
        assertThat(SyndicationFixtures.placements(s.target())).isEmpty();
        assertThat(Keys.asAdmin().when().get(SyndicationFixtures.rulesPath(s.origin())).then().statusCode(200)
                .extract().as(SyndicationFixtures.Placements.class).items()).isEmpty();
    }

    @Test
    void a_placement_is_read_listed_updated_with_if_match_and_deleted() {
        Setup s = setUpPair(true);
        Placement placed = SyndicationFixtures.place(s.target(), s.origin(), s.article().slug(),
                new PlacementOverrides(null, "Local excerpt for {{clinic.name}}", null, null));

        var read = Keys.asAdmin().when().get(SyndicationFixtures.placementsPath(s.target()) + "/" + placed.id())
                .then().statusCode(200).header("ETag", "\"" + placed.version() + "\"").extract().as(Placement.class);
        assertThat(read).isEqualTo(placed);
        assertThat(read.overridden()).containsExactly("excerpt");
        assertThat(read.origin()).isEqualTo(s.origin());
        assertThat(read.target()).isEqualTo(s.target());

        Placement changed = SyndicationFixtures.putPlacement(s.target(), placed,
                new PlacementUpdate(PlacementState.PAUSED, new PlacementOverrides("Own title", null, null, null)))
                .statusCode(200).extract().as(Placement.class);
        assertThat(changed.state()).isEqualTo(PlacementState.PAUSED);
        assertThat(changed.overridden()).containsExactly("title");
        assertThat(changed.version()).isGreaterThan(placed.version());

        assertProblem(SyndicationFixtures.putPlacement(s.target(), placed,
                new PlacementUpdate(PlacementState.ACTIVE, null)), ProblemType.PRECONDITION_FAILED);
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                .body(new PlacementUpdate(PlacementState.ACTIVE, null)).when()
                .put(SyndicationFixtures.placementsPath(s.target()) + "/" + placed.id()).then(),
                ProblemType.PRECONDITION_REQUIRED);
        assertProblem(Keys.asAdmin().header("If-Match", "\"" + placed.version() + "\"").when()
                .delete(SyndicationFixtures.placementsPath(s.target()) + "/" + placed.id()).then(),
                ProblemType.PRECONDITION_FAILED);

        Keys.asAdmin().header("If-Match", "\"" + changed.version() + "\"").when()
                .delete(SyndicationFixtures.placementsPath(s.target()) + "/" + placed.id()).then().statusCode(204);
        List<String> audited = Keys.asAdmin().queryParam("clinic", s.target())
                .queryParam("resource", "syndication-placement").when().get("/v1/manage/audit-entries").then()
                .statusCode(200).extract().jsonPath().getList("items.action", String.class);
        assertThat(audited).containsExactly("DELETED", "UPDATED", "CREATED");
        assertProblem(Keys.asAdmin().when().get(SyndicationFixtures.placementsPath(s.target()) + "/" + placed.id())
                .then(), ProblemType.NOT_FOUND);
    }

    @Test
    void placements_are_listed_a_page_at_a_time_and_filtered_by_state() {
        Setup s = setUpPair(true);
        String reviewer = s.article().medicalReviewer();
        List<String> placed = new ArrayList<>(List.of(
                SyndicationFixtures.place(s.target(), s.origin(), s.article().slug(), null).id().toString()));
        for (int i = 0; i < 2; i++) {
            Article more = ArticleFixtures.published(s.origin(),
                    ArticleFixtures.publishable(uniqueSlug("more"), reviewer));
            placed.add(SyndicationFixtures.postPlacement(s.target(),
                    new PlacementInput(s.origin(), more.slug(), PlacementState.PAUSED, null)).statusCode(201)
                    .extract().as(Placement.class).id().toString());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Keys.asAdmin().queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.when().get(SyndicationFixtures.placementsPath(s.target())).then().statusCode(200)
                    .extract().as(SyndicationFixtures.Placements.class);
            page.items().forEach(p -> seen.add(p.id().toString()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(placed);
        assertThat(Keys.asAdmin().queryParam("state", "PAUSED").when()
                .get(SyndicationFixtures.placementsPath(s.target())).then().statusCode(200).extract()
                .as(SyndicationFixtures.Placements.class).items()).hasSize(2)
                .allSatisfy(p -> assertThat(p.state()).isEqualTo(PlacementState.PAUSED));
    }

    @Test
    void bad_placements_are_refused_with_problems_and_change_nothing() {
        Setup s = setUpPair(true);
        Placement placed = SyndicationFixtures.place(s.target(), s.origin(), s.article().slug(), null);

        assertProblem(SyndicationFixtures.postPlacement(s.target(),
                new PlacementInput("no-such-clinic", s.article().slug(), null, null)), ProblemType.NOT_FOUND);
        assertProblem(SyndicationFixtures.postPlacement(s.target(),
                new PlacementInput(s.origin(), "no-such-article", null, null)), ProblemType.NOT_FOUND);
        assertProblem(SyndicationFixtures.postPlacement("no-such-clinic",
                new PlacementInput(s.origin(), s.article().slug(), null, null)), ProblemType.NOT_FOUND);
        assertProblem(SyndicationFixtures.postPlacement(s.target(),
                new PlacementInput(s.origin(), s.article().slug(), null, null)), ProblemType.CONFLICT);
        assertProblem(SyndicationFixtures.postPlacement(s.target(),
                new PlacementInput(s.target(), s.article().slug(), null, null)), ProblemType.VALIDATION_FAILED);
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                .body("{\"origin\": \"" + s.origin() + "\", \"article\": \"" + s.article().slug()
                        + "\", \"state\": \"DANCING\"}")
                .when().post(SyndicationFixtures.placementsPath(s.target())).then(), ProblemType.INVALID_VALUE);
        assertProblem(SyndicationFixtures.postPlacement(s.target(),
                new PlacementInput(s.origin(), s.article().slug(), PlacementState.WITHDRAWN, null)),
                ProblemType.VALIDATION_FAILED);
        assertProblem(Keys.asAdmin().when().get(SyndicationFixtures.placementsPath(s.target()) + "/not-a-uuid")
                .then(), ProblemType.NOT_FOUND);

        Placement withdrawn = SyndicationFixtures.putPlacement(s.target(), placed,
                new PlacementUpdate(PlacementState.WITHDRAWN, null)).statusCode(200).extract().as(Placement.class);
        assertProblem(SyndicationFixtures.putPlacement(s.target(), withdrawn,
                new PlacementUpdate(PlacementState.ACTIVE, null)), ProblemType.CONFLICT);

        assertThat(SyndicationFixtures.placements(s.target())).containsExactly(withdrawn);
    }

    @Test
    void an_override_slug_that_clashes_with_the_targets_own_article_is_a_conflict() {
        Setup s = setUpPair(true);
        Article own = ArticleFixtures.create(s.target(), ArticleFixtures.draft(uniqueSlug("own"), "Own"));

        assertProblem(SyndicationFixtures.postPlacement(s.target(), new PlacementInput(s.origin(),
                s.article().slug(), null, new PlacementOverrides(null, null, own.slug(), null))),
                ProblemType.CONFLICT);
        assertThat(SyndicationFixtures.placements(s.target())).isEmpty();
    }

    @Test
    void the_target_clinics_publisher_may_place_but_a_key_of_the_origin_or_a_reader_may_not() {
        Setup s = setUpPair(true);
        String targetPublisher = Keys.create(s.target(), "content:publish");
        String targetReader = Keys.create(s.target(), "content:read");
        String originPublisher = Keys.create(s.origin(), "content:publish");
        var input = new PlacementInput(s.origin(), s.article().slug(), null, null);

        assertProblem(Keys.as(originPublisher).contentType(ContentType.JSON).body(input).when()
                .post(SyndicationFixtures.placementsPath(s.target())).then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.as(targetReader).contentType(ContentType.JSON).body(input).when()
                .post(SyndicationFixtures.placementsPath(s.target())).then(), ProblemType.FORBIDDEN);
        Keys.as(targetPublisher).contentType(ContentType.JSON).body(input).when()
                .post(SyndicationFixtures.placementsPath(s.target())).then().statusCode(201);
        assertThat(Keys.as(targetReader).when().get(SyndicationFixtures.placementsPath(s.target())).then()
                .statusCode(200).extract().as(SyndicationFixtures.Placements.class).items()).hasSize(1);
    }

    @Test
    void grants_are_network_level_unique_and_revoking_one_withdraws_its_placements() {
        Setup s = setUpPair(false);
        String clinicAdmin = Keys.create(s.target(), "clinic:admin", "content:publish");
        assertProblem(Keys.as(clinicAdmin).contentType(ContentType.JSON)
                .body(new GrantInput(s.origin(), s.target())).when().post("/v1/manage/syndication-grants").then(),
                ProblemType.FORBIDDEN);

        Grant grant = SyndicationFixtures.grant(s.origin(), s.target());
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body(new GrantInput(s.origin(), s.target()))
                .when().post("/v1/manage/syndication-grants").then(), ProblemType.CONFLICT);
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body(new GrantInput(s.origin(), "no-such"))
                .when().post("/v1/manage/syndication-grants").then(), ProblemType.NOT_FOUND);
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON).body(new GrantInput(s.origin(), s.origin()))
                .when().post("/v1/manage/syndication-grants").then(), ProblemType.VALIDATION_FAILED);
        Placement placed = SyndicationFixtures.place(s.target(), s.origin(), s.article().slug(), null);
        assertThat(Keys.asAdmin().when().get("/v1/manage/syndication-grants/" + grant.id()).then().statusCode(200)
                .extract().as(Grant.class)).isEqualTo(grant);

        Keys.asAdmin().header("If-Match", "\"" + grant.version() + "\"").when()
                .delete("/v1/manage/syndication-grants/" + grant.id()).then().statusCode(204);

        assertThat(SyndicationFixtures.placements(s.target())).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(PlacementState.WITHDRAWN))
                .satisfies(p -> assertThat(p.id()).isEqualTo(placed.id()));
        assertProblem(Keys.asAdmin().when().get("/v1/manage/syndication-grants/" + grant.id()).then(),
                ProblemType.NOT_FOUND);
    }

    @Test
    void a_rule_is_read_listed_unique_per_tag_and_deleted_with_if_match() {
        Setup s = setUpPair(true);
        SyndicationRule rule = SyndicationFixtures.rule(s.origin(), "botox", s.target());

        assertThat(rule.origin()).isEqualTo(s.origin());
        assertThat(Keys.asAdmin().when().get(SyndicationFixtures.rulesPath(s.origin()) + "/" + rule.id()).then()
                .statusCode(200).extract().as(SyndicationRule.class)).isEqualTo(rule);
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                .body(new RuleInput("botox", List.of(s.target()))).when()
                .post(SyndicationFixtures.rulesPath(s.origin())).then(), ProblemType.CONFLICT);
        assertProblem(Keys.asAdmin().contentType(ContentType.JSON)
                .body(new RuleInput("botox-2", List.of("no-such-clinic"))).when()
                .post(SyndicationFixtures.rulesPath(s.origin())).then(), ProblemType.NOT_FOUND);
        // The article is tagged botox (see ArticleFixtures.publishable): the rule placed it at once.
        assertThat(SyndicationFixtures.placements(s.target())).extracting(Placement::article)
                .containsExactly(s.article().slug());

        Keys.asAdmin().header("If-Match", "\"" + rule.version() + "\"").when()
                .delete(SyndicationFixtures.rulesPath(s.origin()) + "/" + rule.id()).then().statusCode(204);
        assertProblem(Keys.asAdmin().when().get(SyndicationFixtures.rulesPath(s.origin()) + "/" + rule.id()).then(),
                ProblemType.NOT_FOUND);
        assertThat(SyndicationFixtures.placements(s.target())).hasSize(1);
    }
}
