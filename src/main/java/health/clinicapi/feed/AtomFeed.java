package health.clinicapi.feed;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import health.clinicapi.article.DeliveredArticle;

/** Writes a {@link Feed} as an Atom 1.0 document (RFC 4287). */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml";
    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    private AtomFeed() {
    }

    /** The document; {@code selfUrl} is where it is served, for {@code link rel="self"}. */
    static byte[] write(Feed feed, String selfUrl) {
        return Xml.document(xml -> {
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml", XML_NAMESPACE, "lang", feed.language());
            Xml.element(xml, "id", feed.id());
            text(xml, "title", feed.title());
            text(xml, "subtitle", feed.description());
            Xml.element(xml, "updated", Xml.dateTime(feed.updated()));
            link(xml, "self", MEDIA_TYPE, selfUrl);
            link(xml, "alternate", "text/html", feed.homePageUrl());
            // The clinic stands in for entries that credit no one, as Atom requires an author for each.
            author(xml, new Feed.Author(feed.title(), feed.homePageUrl()));
            Xml.element(xml, "generator", "Clinic Content API");
            for (Feed.Entry entry : feed.entries()) {
                entry(xml, entry);
            }
            xml.writeEndElement();
        });
    }

    private static void entry(XMLStreamWriter xml, Feed.Entry entry) throws XMLStreamException {
        DeliveredArticle a = entry.article();
        xml.writeStartElement("entry");
        xml.writeAttribute("xml", XML_NAMESPACE, "lang", a.locale());
        Xml.element(xml, "id", entry.id());
        text(xml, "title", a.title() == null ? "" : a.title());
        Xml.element(xml, "published", Xml.dateTime(a.publishedAt()));
        Xml.element(xml, "updated", Xml.dateTime(a.updatedAt()));
        link(xml, "alternate", "text/html", a.canonicalUrl());
        if (entry.author() != null) {
            author(xml, entry.author());
        }
        for (String tag : a.tags()) {
            xml.writeEmptyElement("category");
            Xml.attribute(xml, "term", tag);
        }
        text(xml, "summary", a.excerpt());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(Xml.clean(entry.contentHtml()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement(name);
            xml.writeAttribute("type", "text");
            xml.writeCharacters(Xml.clean(value));
            xml.writeEndElement();
        }
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        Xml.attribute(xml, "href", href);
    }

    private static void author(XMLStreamWriter xml, Feed.Author author) throws XMLStreamException {
        xml.writeStartElement("author");
        Xml.element(xml, "name", author.name());
        Xml.element(xml, "uri", author.url());
        xml.writeEndElement();
    }
}
