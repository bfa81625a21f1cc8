package health.clinicapi.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import health.clinicapi.article.DeliveredArticle;

/**
 * Writes a {@link Feed} as an RSS 2.0 document, with the full content in {@code content:encoded}, authors in
 * {@code dc:creator} (RSS's own {@code author} must be an e-mail address) and {@code atom:link rel="self"}.
 */
final class RssFeed {

    static final String MEDIA_TYPE = "application/rss+xml";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    /** RFC 822 dates (with a four-digit year, as RSS 2.0 recommends), always in GMT. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private RssFeed() {
    }

    /** The document; {@code selfUrl} is where it is served, for {@code atom:link rel="self"}. */
    static byte[] write(Feed feed, String selfUrl) {
        return Xml.document(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", AtomFeed.NAMESPACE);
            xml.writeNamespace("content", CONTENT);
            xml.writeNamespace("dc", DC);
            xml.writeStartElement("channel");
            Xml.element(xml, "title", feed.title());
            Xml.element(xml, "link", feed.homePageUrl());
            Xml.element(xml, "description", feed.description());
            Xml.element(xml, "language", feed.language().toLowerCase(Locale.ROOT));
            Xml.element(xml, "lastBuildDate", date(feed.updated()));
            Xml.element(xml, "generator", "Clinic Content API");
            xml.writeEmptyElement("atom", "link", AtomFeed.NAMESPACE);
            Xml.attribute(xml, "href", selfUrl);
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", MEDIA_TYPE);
            for (Feed.Entry entry : feed.entries()) {
                item(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void item(XMLStreamWriter xml, Feed.Entry entry) throws XMLStreamException {
        DeliveredArticle a = entry.article();
        xml.writeStartElement("item");
        Xml.element(xml, "title", a.title() == null ? "" : a.title());
        Xml.element(xml, "link", a.canonicalUrl());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(entry.id());
        xml.writeEndElement();
        Xml.element(xml, "pubDate", date(a.publishedAt()));
        Xml.element(xml, "description", a.excerpt());
        Xml.element(xml, "content", CONTENT, "encoded", entry.contentHtml());
        if (entry.author() != null) {
            Xml.element(xml, "dc", DC, "creator", entry.author().name());
        }
        for (String tag : a.tags()) {
            Xml.element(xml, "category", tag);
        }
        xml.writeEndElement();
    }

    static String date(Instant instant) {
        return RFC_822.format(instant);
    }
}
