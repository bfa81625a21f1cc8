package health.clinicapi.feed;

import static health.clinicapi.article.ArticleFixtures.action;
import static health.clinicapi.article.ArticleFixtures.create;
import static health.clinicapi.article.ArticleFixtures.published;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import health.clinicapi.article.Article;
import health.clinicapi.article.ArticleInput;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.content.Block;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerFixtures;
import health.clinicapi.disclaimer.DisclaimerRuleInput;
import health.clinicapi.disclaimer.RuleCondition;
import health.clinicapi.person.PersonInput;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/**
 * A clinic site with what feeds must and must not show: two published articles (the newer with a Spanish
 * translation), a draft, an unpublished one, an author and a disclaimer every article carries through a tag rule.
 */
record FeedFixtures(String clinic, String clinicName, String authorName, String disclaimerKey, String tag,
        Article older, Article newer, Article newerSpanish) {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    static FeedFixtures site(String clinicName, String authorName, String olderTitle) {
        String slug = uniqueSlug("feed");
        ClinicInput base = ClinicFixtures.input(slug);
        ClinicFixtures.create(new ClinicInput(slug, clinicName, base.baseUrl(), base.articlePathTemplate(),
                base.locales(), base.defaultLocale(), base.jurisdiction(), base.contact(), base.variables(),
                base.allowedOrigins()));
        var person = CatalogFixtures.person(slug + "-author", true);
        CatalogFixtures.createPerson(slug + "-r", true);
        Api.configure();
        Keys.asAdmin().contentType("application/json")
                .body(new PersonInput(person.slug(), authorName, person.credentials(),
                        person.title(), person.bio(), person.photo(), person.profileUrl(), person.medicalReviewer()))
                .when().post("/v1/manage/people").then().statusCode(201);
        String key = DisclaimerFixtures.uniqueKey("feed-d");
        String tag = uniqueSlug("feedtag");
        DisclaimerFixtures.create(null, DisclaimerFixtures.input(key, "en-US"));
        DisclaimerFixtures.createRule(new DisclaimerRuleInput(key, key, Set.of(ContentType.ARTICLE),
                RuleCondition.TAG, null, tag, 10, true));

        Article older = published(slug, article("older", "en-US", null, olderTitle, tag, person.slug(), slug));
        Article newer = published(slug, article("newer", "en-US", null, "Newer article", tag, person.slug(), slug));
        Article newerSpanish = published(slug,
                article("mas-nuevo", "es-US", newer.translationGroup(), "Artículo nuevo", tag, person.slug(), slug));
        create(slug, article("draft", "en-US", null, "Draft article", tag, person.slug(), slug));
        Article gone = published(slug, article("gone", "en-US", null, "Unpublished article", tag, person.slug(), slug));
        action(slug, gone, "unpublish", null).statusCode(200);
        return new FeedFixtures(slug, clinicName, authorName, key, tag, older, newer, newerSpanish);
    }

    static FeedFixtures site() {
        String name = "Clinic " + UUID.randomUUID().toString().substring(0, 8);
        return site(name, "Avery Lindqvist", "Older article");
    }

    private static ArticleInput article(String slug, String locale, UUID group, String title, String tag,
            String author, String clinic) {
        List<Block> body = new ArrayList<>(List.of(new Block.Heading(2, "Overview"),
                new Block.Paragraph(List.of(new Block.Span("Plain words about " + title + ".", null, null)))));
        return new ArticleInput(slug, locale, group, title, null, "Excerpt of " + title, null, body,
                List.of(tag, "botox"), null, null, author, clinic + "-r", LocalDate.of(2025, 3, 1), true, null);
    }

    String url(String slug) {
        return "https://" + clinic + ".example/articles/" + slug;
    }

    String path(String file) {
        return "/v1/clinics/" + clinic + "/" + file;
    }

    /** Parses as XML with namespaces, as a feed reader or crawler does; fails on anything not well-formed. */
    static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The child elements of {@code parent} with this namespace and name. */
    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName())
                    && Objects.equals(namespace, e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The text of the only child element with this namespace and name. */
    static String text(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        if (found.size() != 1) {
            throw new AssertionError(
                    "expected one " + name + " in " + parent.getLocalName() + ", found " + found.size());
        }
        return found.get(0).getTextContent();
    }
}
