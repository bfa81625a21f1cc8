package health.clinicapi.feed;

import static health.clinicapi.feed.FeedFixtures.ATOM;
import static health.clinicapi.feed.FeedFixtures.children;
import static health.clinicapi.feed.FeedFixtures.parse;
import static health.clinicapi.feed.FeedFixtures.text;
import static health.clinicapi.support.ProblemAssert.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import health.clinicapi.common.problem.ProblemType;

/** JSON Feed, Atom and RSS of a clinic's published articles: valid, complete, escaped and cacheable. */
@QuarkusTest
class FeedResourceTest {

    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private static Response get(String path) {
        return given().when().get(path).then().statusCode(200).extract().response();
    }

    @Test
    void json_feed_has_every_required_field_and_only_published_articles_newest_first() {
        FeedFixtures site = FeedFixtures.site();
        Response response = get(site.path("feed.json"));
        assertThat(response.contentType()).startsWith(FeedResource.JSON_FEED);
        JsonFeed feed = response.as(JsonFeed.class);

        assertThat(feed.version()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.title()).isEqualTo(site.clinicName());
        assertThat(feed.homePageUrl()).isEqualTo("https://" + site.clinic() + ".example");
        assertThat(feed.feedUrl()).endsWith(site.path("feed.json"));
        assertThat(feed.language()).isEqualTo("en-US");
        // Draft and unpublished articles never appear; the Spanish translation waits for locale=es-US.
        assertThat(feed.items()).extracting(JsonFeed.Item::url).containsExactly(site.url("newer"),
                site.url("older"));
        JsonFeed.Item newer = feed.items().get(0);
        assertThat(newer.id()).startsWith("urn:uuid:");
        assertThat(newer.title()).isEqualTo("Newer article");
        assertThat(newer.summary()).isEqualTo("Excerpt of Newer article");
        assertThat(newer.contentHtml()).startsWith("<h2>Overview</h2>")
                .contains("<aside class=\"disclaimer\" data-disclaimer=\"" + site.disclaimerKey() + "\">")
                .contains("The full text of " + site.disclaimerKey() + ".");
        assertThat(newer.datePublished()).isEqualTo(site.newer().publishedAt());
        assertThat(newer.dateModified()).isNotNull();
        assertThat(newer.authors()).extracting(JsonFeed.Author::name).containsExactly(site.authorName());
        assertThat(newer.tags()).contains(site.tag(), "botox");
        assertThat(newer.language()).isEqualTo("en-US");
        assertThat(feed.items()).extracting(JsonFeed.Item::id).doesNotHaveDuplicates();
    }

    @Test
    void locale_serves_translations_and_limit_bounds_the_items() {
        FeedFixtures site = FeedFixtures.site();
        JsonFeed spanish = get(site.path("feed.json?locale=es-US")).as(JsonFeed.class);
        assertThat(spanish.language()).isEqualTo("es-US");
        assertThat(spanish.items()).extracting(JsonFeed.Item::url).containsExactly(site.url("mas-nuevo"),
                site.url("older"));
        assertThat(spanish.items()).extracting(JsonFeed.Item::language).containsExactly("es-US", "en-US");
        JsonFeed english = get(site.path("feed.json")).as(JsonFeed.class);
        // Ids are per language version and stable across requests.
        assertThat(spanish.items().get(0).id()).isNotEqualTo(english.items().get(0).id());
        assertThat(spanish.items().get(1).id()).isEqualTo(english.items().get(1).id());

        assertThat(get(site.path("feed.json?limit=1")).as(JsonFeed.class).items()).hasSize(1);
        assertThat(children(parse(get(site.path("feed.atom?limit=1")).asByteArray()).getDocumentElement(), ATOM,
                "entry")).hasSize(1);
    }

    @Test
    void atom_feed_is_well_formed_with_every_required_element() {
        FeedFixtures site = FeedFixtures.site();
        Response response = get(site.path("feed.atom"));
        assertThat(response.contentType()).startsWith("application/atom+xml");
        Element feed = parse(response.asByteArray()).getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, ATOM, "id")).startsWith("urn:uuid:");
        assertThat(text(feed, ATOM, "title")).isEqualTo(site.clinicName());
        assertThat(Instant.parse(text(feed, ATOM, "updated"))).isNotNull();
        assertThat(children(feed, ATOM, "link")).anySatisfy(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("self");
            assertThat(link.getAttribute("href")).endsWith(site.path("feed.atom"));
        });
        assertThat(text(children(feed, ATOM, "author").get(0), ATOM, "name")).isEqualTo(site.clinicName());
        List<Element> entries = children(feed, ATOM, "entry");
        assertThat(entries).hasSize(2);
        Element newer = entries.get(0);
        assertThat(text(newer, ATOM, "id")).startsWith("urn:uuid:");
        assertThat(text(newer, ATOM, "title")).isEqualTo("Newer article");
        assertThat(Instant.parse(text(newer, ATOM, "updated"))).isNotNull();
        assertThat(Instant.parse(text(newer, ATOM, "published"))).isNotNull();
        Element link = children(newer, ATOM, "link").get(0);
        assertThat(link.getAttribute("rel")).isEqualTo("alternate");
        assertThat(link.getAttribute("href")).isEqualTo(site.url("newer"));
        assertThat(text(newer, ATOM, "summary")).isEqualTo("Excerpt of Newer article");
        Element content = children(newer, ATOM, "content").get(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).startsWith("<h2>Overview</h2>")
                .contains("The full text of " + site.disclaimerKey() + ".");
        assertThat(text(children(newer, ATOM, "author").get(0), ATOM, "name")).isEqualTo(site.authorName());
        assertThat(children(newer, ATOM, "category")).extracting(c -> c.getAttribute("term")).contains(site.tag());
        assertThat(text(entries.get(1), ATOM, "title")).isEqualTo("Older article");
    }

    @Test
    void rss_feed_is_well_formed_with_every_required_element() {
        FeedFixtures site = FeedFixtures.site();
        Response response = get(site.path("feed.rss"));
        assertThat(response.contentType()).startsWith("application/rss+xml");
        Element rss = parse(response.asByteArray()).getDocumentElement();

        assertThat(rss.getLocalName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        Element channel = children(rss, null, "channel").get(0);
        assertThat(text(channel, null, "title")).isEqualTo(site.clinicName());
        assertThat(text(channel, null, "link")).isEqualTo("https://" + site.clinic() + ".example");
        assertThat(text(channel, null, "description")).isNotBlank();
        Element self = children(channel, ATOM, "link").get(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");
        assertThat(self.getAttribute("href")).endsWith(site.path("feed.rss"));
        List<Element> items = children(channel, null, "item");
        assertThat(items).extracting(i -> text(i, null, "link")).containsExactly(site.url("newer"),
                site.url("older"));
        Element newer = items.get(0);
        assertThat(text(newer, null, "title")).isEqualTo("Newer article");
        Element guid = children(newer, null, "guid").get(0);
        assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
        assertThat(guid.getTextContent()).startsWith("urn:uuid:");
        // RFC 822 with a four-digit year, as RSS 2.0 asks.
        ZonedDateTime pubDate = ZonedDateTime.parse(text(newer, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(pubDate.toInstant())
                .isEqualTo(site.newer().publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(text(newer, null, "description")).isEqualTo("Excerpt of Newer article");
        assertThat(text(newer, CONTENT, "encoded")).contains("The full text of " + site.disclaimerKey() + ".");
        assertThat(text(newer, DC, "creator")).isEqualTo(site.authorName());
    }

    @Test
    void hostile_text_is_escaped_and_every_feed_stays_well_formed() {
        String clinicName = "<script>alert('x')</script> & Co ]]> \u0007\"Skin\"";
        String authorName = "Dr <b>Bold</b> & ]]>";
        String title = "Fillers & Botox ]]> <3 \"quoted\" 'single'";
        FeedFixtures site = FeedFixtures.site(clinicName, authorName, title);
        // Only the bell character, which XML 1.0 cannot carry even escaped, is dropped.
        String cleanName = clinicName.replace("\u0007", "");

        for (String file : List.of("feed.atom", "feed.rss")) {
            byte[] body = get(site.path(file)).asByteArray();
            String raw = new String(body, StandardCharsets.UTF_8);
            assertThat(raw).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("]]> <3");
            Element root = parse(body).getDocumentElement();
            Element container = file.equals("feed.atom") ? root : children(root, null, "channel").get(0);
            String ns = file.equals("feed.atom") ? ATOM : null;
            String entry = file.equals("feed.atom") ? "entry" : "item";
            assertThat(text(container, ns, "title")).isEqualTo(cleanName);
            Element older = children(container, ns, entry).get(1);
            assertThat(text(older, ns, "title")).isEqualTo(title);
        }
        JsonFeed json = get(site.path("feed.json")).as(JsonFeed.class);
        assertThat(json.title()).isEqualTo(clinicName);
        assertThat(json.items().get(1).title()).isEqualTo(title);
        assertThat(json.items().get(1).authors()).extracting(JsonFeed.Author::name).containsExactly(authorName);
        assertThat(json.items().get(1).contentHtml()).doesNotContain("<script>");
    }

    @Test
    void feeds_are_cacheable_and_answer_304_for_a_matching_etag() {
        FeedFixtures site = FeedFixtures.site();
        for (String file : List.of("feed.json", "feed.atom", "feed.rss")) {
            Response first = get(site.path(file));
            String etag = first.header("ETag");
            assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
            assertThat(first.header("Cache-Control")).startsWith("public, max-age=");
            assertThat(first.header("Last-Modified")).isNotBlank();
            assertThat(first.header("Surrogate-Key").split(" ")).contains("articles", "clinic:" + site.clinic(),
                    "article:" + site.newer().translationGroup(), "article:" + site.older().translationGroup(),
                    "disclaimer:" + site.disclaimerKey());
            given().header("If-None-Match", etag).when().get(site.path(file)).then().statusCode(304);
            assertThat(get(site.path(file)).header("ETag")).isEqualTo(etag);
        }
    }

    @Test
    void unknown_clinic_is_a_404_problem_even_for_xml_feeds() {
        for (String file : List.of("feed.json", "feed.atom", "feed.rss")) {
            assertProblem(given().when().get("/v1/clinics/no-such-clinic-feed/" + file).then(),
                    ProblemType.NOT_FOUND);
        }
    }

    @Test
    void an_accept_header_excluding_the_feed_type_is_a_406_problem() {
        FeedFixtures site = FeedFixtures.site();
        assertProblem(given().accept("application/json").when().get(site.path("feed.atom")).then(),
                ProblemType.NOT_ACCEPTABLE);
        given().accept("application/atom+xml, application/xml;q=0.9").when().get(site.path("feed.atom")).then()
                .statusCode(200);
    }

    @Test
    void bad_locale_or_limit_is_a_400_problem() {
        FeedFixtures site = FeedFixtures.site();
        assertProblem(given().when().get(site.path("feed.atom?locale=not a locale")).then(),
                ProblemType.VALIDATION_FAILED);
        assertProblem(given().when().get(site.path("feed.json?limit=101")).then(), ProblemType.VALIDATION_FAILED);
        assertProblem(given().when().get(site.path("feed.rss?limit=0")).then(), ProblemType.VALIDATION_FAILED);
    }
}
