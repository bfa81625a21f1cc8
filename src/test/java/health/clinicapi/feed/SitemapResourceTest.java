package health.clinicapi.feed;

import static health.clinicapi.feed.FeedFixtures.SITEMAP;
import static health.clinicapi.feed.FeedFixtures.XHTML;
import static health.clinicapi.feed.FeedFixtures.children;
import static health.clinicapi.feed.FeedFixtures.parse;
import static health.clinicapi.feed.FeedFixtures.text;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.common.problem.ProblemType;

/** A clinic's sitemap: every published page of its site, each language version with its alternates. */
@QuarkusTest
class SitemapResourceTest {

    private static Element urlset(String path) {
        Response response = given().when().get(path).then().statusCode(200).extract().response();
        assertThat(response.contentType()).startsWith("application/xml");
        Element urlset = parse(response.asByteArray()).getDocumentElement();
        assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(urlset.getLocalName()).isEqualTo("urlset");
        return urlset;
    }

    @Test
    void lists_every_published_page_with_lastmod_and_hreflang_alternates() {
        FeedFixtures site = FeedFixtures.site();
        List<Element> urls = children(urlset(site.path("sitemap.xml")), SITEMAP, "url");

        // Draft and unpublished articles are not listed; each language version is.
        Map<String, Element> byLoc = urls.stream().collect(Collectors.toMap(u -> text(u, SITEMAP, "loc"), u -> u));
        assertThat(byLoc).containsOnlyKeys(site.url("newer"), site.url("older"), site.url("mas-nuevo"));
        byLoc.values().forEach(u -> assertThat(Instant.parse(text(u, SITEMAP, "lastmod"))).isNotNull());

        for (String loc : List.of(site.url("newer"), site.url("mas-nuevo"))) {
            Map<String, String> alternates = children(byLoc.get(loc), XHTML, "link").stream()
                    .peek(link -> assertThat(link.getAttribute("rel")).isEqualTo("alternate"))
                    .collect(
                            Collectors.toMap(link -> link.getAttribute("hreflang"), link -> link.getAttribute("href")));
            assertThat(alternates).containsExactlyInAnyOrderEntriesOf(
                    Map.of("en-US", site.url("newer"), "es-US", site.url("mas-nuevo")));
        }
        // An article without translations has no alternates to announce.
        assertThat(children(byLoc.get(site.url("older")), XHTML, "link")).isEmpty();
    }

    @Test
    void pages_through_more_articles_than_delivery_serves_at_once() {
        String tag = ClinicFixtures.uniqueSlug("sitemap-many");
        String clinic = ClinicFixtures.create(tag).slug();
        CatalogFixtures.createPerson(tag + "-r", true);
        Set<String> expected = new HashSet<>();
        // Delivery serves at most 100 per page.
        for (int i = 0; i < 101; i++) {
            ArticleFixtures.published(clinic, ArticleFixtures.publishable("a-" + i, tag + "-r"));
            expected.add("https://" + clinic + ".example/articles/a-" + i);
        }
        List<Element> urls = children(urlset("/v1/clinics/" + clinic + "/sitemap.xml"), SITEMAP, "url");
        assertThat(urls).extracting(u -> text(u, SITEMAP, "loc")).hasSize(101).containsExactlyInAnyOrderElementsOf(
                expected);
    }

    @Test
    void an_empty_site_has_an_empty_sitemap() {
        String clinic = ClinicFixtures.create(ClinicFixtures.uniqueSlug("sitemap-empty")).slug();
        assertThat(children(urlset("/v1/clinics/" + clinic + "/sitemap.xml"), SITEMAP, "url")).isEmpty();
    }

    @Test
    void is_cacheable_and_answers_304_for_a_matching_etag() {
        FeedFixtures site = FeedFixtures.site();
        Response first = given().when().get(site.path("sitemap.xml")).then().statusCode(200).extract().response();
        assertThat(first.header("Cache-Control")).startsWith("public, max-age=");
        assertThat(first.header("Last-Modified")).isNotBlank();
        assertThat(first.header("Surrogate-Key").split(" ")).contains("articles", "clinic:" + site.clinic(),
                "article:" + site.newer().translationGroup(), "article:" + site.older().translationGroup());
        given().header("If-None-Match", first.header("ETag")).when().get(site.path("sitemap.xml")).then()
                .statusCode(304);
    }

    @Test
    void unknown_clinic_is_a_404_problem() {
        assertProblem(given().when().get("/v1/clinics/no-such-clinic-sitemap/sitemap.xml").then(),
                ProblemType.NOT_FOUND);
    }
}
