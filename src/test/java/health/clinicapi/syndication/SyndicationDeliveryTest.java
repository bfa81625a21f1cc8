package health.clinicapi.syndication;

import static health.clinicapi.article.ArticleFixtures.deliveryPath;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.article.Article;
import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.article.ArticleInput;
import health.clinicapi.article.ArticleScheduler;
import health.clinicapi.article.DeliveredArticle;
import health.clinicapi.article.DeliveredArticlePage;
import health.clinicapi.article.HeroImage;
import health.clinicapi.article.PublishInput;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.clinic.Contact;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.content.Block;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.ResolvedDisclaimer;
import health.clinicapi.disclaimer.RuleCondition;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/**
 * A clinic's site shows its own articles and those syndicated onto it together, each resolved for that site: its
 * template variables, its jurisdiction's disclaimers, the placement's overrides, and a canonical link to the origin.
 */
@QuarkusTest
class SyndicationDeliveryTest {

    @Inject
    ArticleScheduler scheduler;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void a_syndicated_article_is_rendered_for_each_target_with_its_variables_overrides_disclaimers_and_origin_canonical() {
        String offLabelKey = DisclaimerFixtures.uniqueKey("syn-off-label");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(offLabelKey, "en-US"));
        DisclaimerFixtures.createRule(DisclaimerFixtures.rule(DisclaimerFixtures.uniqueKey("syn-rule"), offLabelKey,
                RuleCondition.INDICATION_STATUS_NOT_APPROVED, 20, health.clinicapi.disclaimer.ContentType.ARTICLE));
        String tag = uniqueSlug("syn");
        CatalogFixtures.createTreatment(tag + "-t");
        CatalogFixtures.createCondition(tag + "-c");
        CatalogFixtures.createPerson(tag + "-r", true);
        String indication = CatalogFixtures.createIndication(CatalogFixtures.indication(tag + "-i", tag + "-t",
                tag + "-c", tag + "-r", List.of(CatalogFixtures.approved("US", "Botox", 2004),
                        CatalogFixtures.status("GB", "Botox", RegulatoryStatus.OFF_LABEL))))
                .slug();
        String origin = ClinicFixtures.create(uniqueSlug("syn-origin")).slug();
        String portland = ClinicFixtures.create(clinic(uniqueSlug("syn-pdx"), "Rose & Thorn Aesthetics", "US",
                "Portland", "+1 503 555 0199")).slug();
        String london = ClinicFixtures.create(clinic(uniqueSlug("syn-ldn"), "Mayfair Skin", "GB", "London",
                "+44 20 7946 0000")).slug();
        Article article = ArticleFixtures.published(origin, withText(ArticleFixtures.publishable(
                uniqueSlug("botox"), tag + "-r", new Block.IndicationRef(indication)), "Botox at {{clinic.name}}",
                "Call {{clinic.phone}} in {{ clinic.city }}; {{clinic.unknown}} stays."));
        SyndicationFixtures.grant(origin, portland);
        SyndicationFixtures.grant(origin, london);
        String overrideSlug = uniqueSlug("migraine-care");

        Placement placed = SyndicationFixtures.place(portland, origin, article.slug(),
                new PlacementOverrides("Migraine care in {{clinic.city}}", null, overrideSlug, null));
        SyndicationFixtures.place(london, origin, article.slug(), null);

        assertThat(placed.overridden()).containsExactly("title", "slug");
        assertThat(placed.article()).isEqualTo(article.slug());
        assertThat(placed.state()).isEqualTo(PlacementState.ACTIVE);
        String canonical = "https://" + origin + ".example/articles/" + article.slug();

        DeliveredArticle inPortland = deliver(portland, overrideSlug);
        assertThat(inPortland.slug()).isEqualTo(overrideSlug);
        assertThat(inPortland.clinic()).isEqualTo(portland);
        assertThat(inPortland.origin()).isEqualTo(origin);
        assertThat(inPortland.canonicalUrl()).isEqualTo(canonical);
        assertThat(inPortland.overridden()).containsExactly("title", "slug");
        assertThat(inPortland.title()).isEqualTo("Migraine care in Portland");
        assertThat(paragraphText(inPortland)).isEqualTo("Call +1 503 555 0199 in Portland; {{clinic.unknown}} stays.");
        assertThat(inPortland.rendered().html()).contains("Call +1 503 555 0199 in Portland");
        assertThat(inPortland.rendered().plaintext()).contains("Call +1 503 555 0199 in Portland");
        assertThat(inPortland.rendered().markdown()).contains("Portland");
        assertThat(inPortland.jsonLd().path("headline").asText()).isEqualTo("Migraine care in Portland");
        assertThat(inPortland.jsonLd().path("url").asText()).isEqualTo(canonical);
        assertThat(inPortland.translations()).extracting(t -> t.url())
                .containsExactly("https://" + portland + ".example/articles/" + overrideSlug);
        assertThat(inPortland.disclaimers()).extracting(ResolvedDisclaimer::key).doesNotContain(offLabelKey);

        DeliveredArticle inLondon = deliver(london, article.slug());
        assertThat(inLondon.origin()).isEqualTo(origin);
        assertThat(inLondon.canonicalUrl()).isEqualTo(canonical);
        assertThat(inLondon.overridden()).isEmpty();
        assertThat(inLondon.title()).isEqualTo("Botox at Mayfair Skin");
        assertThat(paragraphText(inLondon)).isEqualTo("Call +44 20 7946 0000 in London; {{clinic.unknown}} stays.");
        assertThat(inLondon.disclaimers()).extracting(ResolvedDisclaimer::key).contains(offLabelKey);

        // Values are data: the renderer escapes the ampersand of the clinic's name like any other text.
        ArticleInput titled = withText(ArticleFixtures.publishable(uniqueSlug("amp"), tag + "-r"), "T",
                "Welcome to {{clinic.name}}.");
        Article amp = ArticleFixtures.published(origin, titled);
        SyndicationFixtures.place(portland, origin, amp.slug(), null);
        assertThat(deliver(portland, amp.slug()).rendered().html()).contains("Welcome to Rose &amp; Thorn Aesthetics.")
                .doesNotContain("Rose & Thorn");

        // The origin's own site resolves the same text with its own values and has no origin.
        DeliveredArticle atOrigin = deliver(origin, article.slug());
        assertThat(atOrigin.origin()).isNull();
        assertThat(atOrigin.title()).isEqualTo("Botox at Clinic " + origin);
        assertThat(atOrigin.canonicalUrl()).isEqualTo(canonical);
    }

    @Test
    void withdrawal_pause_and_origin_unpublish_take_the_article_off_the_targets() {
        String origin = ClinicFixtures.create(uniqueSlug("syn-wd-origin")).slug();
        String first = ClinicFixtures.create(uniqueSlug("syn-wd-a")).slug();
        String second = ClinicFixtures.create(uniqueSlug("syn-wd-b")).slug();
        String reviewer = uniqueSlug("syn-wd-r");
        CatalogFixtures.createPerson(reviewer, true);
        Article article = ArticleFixtures.published(origin, ArticleFixtures.publishable(uniqueSlug("wd"), reviewer));
        SyndicationFixtures.grant(origin, first);
        SyndicationFixtures.grant(origin, second);
        Placement onFirst = SyndicationFixtures.place(first, origin, article.slug(), null);
        SyndicationFixtures.place(second, origin, article.slug(), null);
        assertThat(slugs(first)).contains(article.slug());

        Placement paused = SyndicationFixtures.putPlacement(first, onFirst,
                new PlacementUpdate(PlacementState.PAUSED, null)).statusCode(200).extract().as(Placement.class);
        assertThat(slugs(first)).doesNotContain(article.slug());
        assertProblem(given().when().get(deliveryPath(first) + "/" + article.slug()).then(), ProblemType.NOT_FOUND);

        SyndicationFixtures.putPlacement(first, paused, new PlacementUpdate(PlacementState.WITHDRAWN, null))
                .statusCode(200);
        assertThat(slugs(first)).doesNotContain(article.slug());
        assertThat(slugs(second)).contains(article.slug());

        ArticleFixtures.action(origin, ArticleFixtures.get(origin, article.slug()), "unpublish", null)
                .statusCode(200);
        assertThat(slugs(second)).doesNotContain(article.slug());
        assertProblem(given().when().get(deliveryPath(second) + "/" + article.slug()).then(),
                ProblemType.NOT_FOUND);
    }

    @Test
    void an_origin_edit_reaches_every_target_and_the_targets_override_survives_it() {
        String origin = ClinicFixtures.create(uniqueSlug("syn-ed-origin")).slug();
        String target = ClinicFixtures.create(uniqueSlug("syn-ed-target")).slug();
        String reviewer = uniqueSlug("syn-ed-r");
        CatalogFixtures.createPerson(reviewer, true);
        ArticleInput input = ArticleFixtures.publishable(uniqueSlug("ed"), reviewer);
        Article article = ArticleFixtures.published(origin, input);
        SyndicationFixtures.grant(origin, target);
        HeroImage hero = new HeroImage("https://images.example/target.jpg", "Our team at {{clinic.city}}", null,
                null, null);
        SyndicationFixtures.place(target, origin, article.slug(),
                new PlacementOverrides("Our own title", null, null, hero));

        ArticleInput edited = new ArticleInput(input.slug(), input.locale(), null, "New origin title",
                input.subtitle(), "A rewritten excerpt.", input.heroImage(), input.body(), input.tags(),
                input.treatments(), input.indications(), input.author(), input.medicalReviewer(),
                input.lastReviewedAt(), input.healthContent(), input.seo());
        Keys.asAdmin().contentType(ContentType.JSON).header("If-Match", "\"" + article.version() + "\"")
                .body(edited).when().put(ArticleFixtures.path(origin, article.slug())).then().statusCode(200);

        DeliveredArticle shown = deliver(target, article.slug());
        assertThat(shown.excerpt()).isEqualTo("A rewritten excerpt.");
        assertThat(shown.title()).isEqualTo("Our own title");
        assertThat(shown.heroImage().url()).isEqualTo("https://images.example/target.jpg");
        assertThat(shown.heroImage().alt()).isEqualTo("Our team at Springfield");
        assertThat(shown.overridden()).containsExactly("title", "heroImage");
        assertThat(deliver(origin, article.slug()).title()).isEqualTo("New origin title");
    }

    @Test
    void a_rule_places_tagged_articles_already_published_and_those_published_later_also_by_the_scheduler() {
        String origin = ClinicFixtures.create(uniqueSlug("syn-rule-origin")).slug();
        String y = ClinicFixtures.create(uniqueSlug("syn-rule-y")).slug();
        String z = ClinicFixtures.create(uniqueSlug("syn-rule-z")).slug();
        String reviewer = uniqueSlug("syn-rule-r");
        CatalogFixtures.createPerson(reviewer, true);
        String tag = uniqueSlug("neuromodulators");
        Article before = ArticleFixtures.published(origin, tagged(uniqueSlug("before"), reviewer, tag));
        Article untagged = ArticleFixtures.published(origin, ArticleFixtures.publishable(uniqueSlug("u"), reviewer));
        SyndicationFixtures.grant(origin, y);
        SyndicationFixtures.grant(origin, z);

        SyndicationRule rule = SyndicationFixtures.rule(origin, tag, y, z);

        assertThat(rule.targets()).containsExactlyInAnyOrder(y, z);
        assertThat(SyndicationFixtures.placements(y)).extracting(Placement::article).containsExactly(before.slug());
        assertThat(SyndicationFixtures.placements(y).get(0).rule()).isEqualTo(rule.id());

        Article later = ArticleFixtures.published(origin, tagged(uniqueSlug("later"), reviewer, tag));
        Article draft = ArticleFixtures.create(origin, tagged(uniqueSlug("sched"), reviewer, tag));
        Instant at = Instant.now().plus(1, ChronoUnit.HOURS);
        ArticleFixtures.action(origin, draft, "publish", new PublishInput(at, null)).statusCode(200);
        assertThat(SyndicationFixtures.placements(z)).extracting(Placement::article)
                .containsExactlyInAnyOrder(before.slug(), later.slug());
        scheduler.runDue(at.plus(1, ChronoUnit.MINUTES));

        for (String target : List.of(y, z)) {
            assertThat(SyndicationFixtures.placements(target)).extracting(Placement::article)
                    .containsExactlyInAnyOrder(before.slug(), later.slug(), draft.slug());
            assertThat(slugs(target)).containsExactlyInAnyOrder(before.slug(), later.slug(), draft.slug())
                    .doesNotContain(untagged.slug());
        }
        // Idempotent: publishing again after unpublish does not place twice.
        Article current = ArticleFixtures.get(origin, later.slug());
        current = ArticleFixtures.action(origin, current, "unpublish", null).statusCode(200).extract()
                .as(Article.class);
        current = ArticleFixtures.action(origin, current, "return-to-draft", null).statusCode(200).extract()
                .as(Article.class);
        ArticleFixtures.action(origin, current, "publish", null).statusCode(200);
        assertThat(SyndicationFixtures.placements(y)).hasSize(3);
    }

    @Test
    void paging_over_own_and_syndicated_articles_has_no_duplicates_or_gaps_and_search_finds_both() {
        String origin = ClinicFixtures.create(uniqueSlug("syn-pg-origin")).slug();
        String target = ClinicFixtures.create(uniqueSlug("syn-pg-target")).slug();
        String reviewer = uniqueSlug("syn-pg-r");
        CatalogFixtures.createPerson(reviewer, true);
        SyndicationFixtures.grant(origin, target);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(ArticleFixtures.published(target, ArticleFixtures.publishable(uniqueSlug("own"), reviewer))
                    .slug());
            String theirs = ArticleFixtures.published(origin,
                    ArticleFixtures.publishable(uniqueSlug("theirs"), reviewer)).slug();
            SyndicationFixtures.place(target, origin, theirs, null);
            expected.add(theirs);
        }
        String notPlaced = ArticleFixtures.published(origin, ArticleFixtures.publishable(uniqueSlug("np"), reviewer))
                .slug();

        for (String sort : List.of("-publishedAt", "publishedAt", "title", "-title")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                var request = given().queryParam("limit", 2).queryParam("sort", sort);
                if (cursor != null) {
                    request = request.queryParam("cursor", cursor);
                }
                DeliveredArticlePage page = request.when().get(deliveryPath(target)).then().statusCode(200).extract()
                        .as(DeliveredArticlePage.class);
                page.items().forEach(a -> seen.add(a.slug()));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(seen).as("sort %s", sort).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected)
                    .doesNotContain(notPlaced);
        }

        DeliveredArticlePage found = given().queryParam("q", "overactive muscles").when().get(deliveryPath(target))
                .then().statusCode(200).extract().as(DeliveredArticlePage.class);
        assertThat(found.items()).extracting(DeliveredArticle::slug).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found.items()).filteredOn(a -> a.origin() != null).hasSize(3);
    }

    @Test
    void a_targets_feed_and_snippets_show_the_syndicated_article_with_the_targets_values() {
        String tag = uniqueSlug("synfs");
        CatalogFixtures.createPerson(tag + "-r", true);
        String origin = ClinicFixtures.create(uniqueSlug("synfs-origin")).slug();
        String target = ClinicFixtures.create(clinic(uniqueSlug("synfs-t"), "Juniper Skin Studio", "US", "Boise",
                "+1 208 555 0100")).slug();
        Article article = ArticleFixtures.published(origin, withText(
                ArticleFixtures.publishable(uniqueSlug("fs"), tag + "-r"), "Care at {{clinic.name}}",
                "Visit us in {{clinic.city}}."));
        SyndicationFixtures.grant(origin, target);
        SyndicationFixtures.place(target, origin, article.slug(), null);
        String canonical = "https://" + origin + ".example/articles/" + article.slug();

        var feed = given().when().get("/v1/clinics/" + target + "/feed.json").then().statusCode(200).extract()
                .jsonPath();
        assertThat(feed.getList("items.title", String.class)).containsExactly("Care at Juniper Skin Studio");
        assertThat(feed.getList("items.url", String.class)).as("search engines go to the origin")
                .containsExactly(canonical);
        assertThat(feed.getString("items[0].content_html")).contains("Visit us in Boise.");

        var snippets = given().queryParam("article", article.slug()).queryParam("maxLength", 400)
                .queryParam("utm_source", "newsletter").when().get("/v1/clinics/" + target + "/snippets").then()
                .statusCode(200).extract().jsonPath();
        assertThat(snippets.getString("items[0].link")).as("marketing sends readers to the target's own page")
                .isEqualTo("https://" + target + ".example/articles/" + article.slug() + "?utm_source=newsletter");
    }

    private static DeliveredArticle deliver(String clinic, String slug) {
        return given().queryParam("format", "html,plaintext,markdown").when()
                .get(deliveryPath(clinic) + "/" + slug).then().statusCode(200).extract().as(DeliveredArticle.class);
    }

    private static List<String> slugs(String clinic) {
        return given().queryParam("limit", 100).when().get(deliveryPath(clinic)).then().statusCode(200).extract()
                .as(DeliveredArticlePage.class).items().stream().map(DeliveredArticle::slug).toList();
    }

    private static String paragraphText(DeliveredArticle article) {
        return article.body().stream().filter(b -> b instanceof Block.Paragraph).map(b -> (Block.Paragraph) b)
                .reduce((a, b) -> b).orElseThrow().content().get(0).text();
    }

    private static ClinicInput clinic(String slug, String name, String jurisdiction, String city, String phone) {
        ClinicInput base = ClinicFixtures.input(slug);
        return new ClinicInput(slug, name, base.baseUrl(), base.articlePathTemplate(), base.locales(),
                base.defaultLocale(), jurisdiction, new Contact("desk@" + slug + ".example", phone, "1 High St", city,
                        null, "00000", jurisdiction),
                Map.of(), base.allowedOrigins());
    }

    private static ArticleInput tagged(String slug, String reviewer, String tag) {
        ArticleInput in = ArticleFixtures.publishable(slug, reviewer);
        return new ArticleInput(in.slug(), in.locale(), null, in.title(), in.subtitle(), in.excerpt(),
                in.heroImage(), in.body(), List.of(tag), in.treatments(), in.indications(), in.author(),
                in.medicalReviewer(), in.lastReviewedAt(), in.healthContent(), in.seo());
    }

    /** The input with this title and a last paragraph of this text. */
    private static ArticleInput withText(ArticleInput in, String title, String paragraph) {
        List<Block> body = new ArrayList<>(in.body());
        body.add(new Block.Paragraph(List.of(new Block.Span(paragraph, null, null))));
        return new ArticleInput(in.slug(), in.locale(), null, title, in.subtitle(), in.excerpt(), in.heroImage(),
                body, in.tags(), in.treatments(), in.indications(), in.author(), in.medicalReviewer(),
                in.lastReviewedAt(), in.healthContent(), in.seo());
    }
}
