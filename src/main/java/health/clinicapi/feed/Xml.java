package health.clinicapi.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML documents written with the JDK's own {@link XMLStreamWriter}, so every text and attribute is escaped by
 * construction; characters XML 1.0 cannot carry at all (control characters, lone surrogates) are dropped.
 */
final class Xml {

    /** Writes the root element and everything in it. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private Xml() {
    }

    /** A UTF-8 document with an XML declaration. */
    static byte[] document(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // The JDK's writer, whatever other StAX implementation the class path carries.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XML to memory does not fail", e);
        }
        return out.toByteArray();
    }

    /** {@code <name>text</name>} in the default namespace; nothing when {@code text} is null. */
    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text != null) {
            xml.writeStartElement(name);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        }
    }

    /** {@code <prefix:name>text</prefix:name>}; nothing when {@code text} is null. */
    static void element(XMLStreamWriter xml, String prefix, String namespace, String name, String text)
            throws XMLStreamException {
        if (text != null) {
            xml.writeStartElement(prefix, name, namespace);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        }
    }

    static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, clean(value));
        }
    }

    /** An RFC 3339 / W3C date-time to the second, as Atom and sitemaps want it. */
    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code text} without the characters XML 1.0 does not allow anywhere, even escaped. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
