package health.clinicapi.feed;

/** Writes a {@link Sitemap} in the sitemaps.org 0.9 protocol, language versions as {@code xhtml:link} alternates. */
final class SitemapXml {

    static final String MEDIA_TYPE = "application/xml";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private SitemapXml() {
    }

    static byte[] write(Sitemap sitemap) {
        return Xml.document(xml -> {
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xhtml", XHTML);
            for (Sitemap.Url url : sitemap.urls()) {
                xml.writeStartElement("url");
                Xml.element(xml, "loc", url.loc());
                Xml.element(xml, "lastmod", Xml.dateTime(url.lastmod()));
                for (Sitemap.Alternate alternate : url.alternates()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.hreflang());
                    Xml.attribute(xml, "href", alternate.href());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }
}
