package health.clinicapi.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void drops_only_characters_xml_cannot_carry() {
        assertThat(Xml.clean("a\u0000b\u0007c\uD800d\uFFFEe")).isEqualTo("abcde");
        assertThat(Xml.clean("tab\tnew\nline é 😀 <&>")).isEqualTo("tab\tnew\nline é 😀 <&>");
    }

    @Test
    void escapes_markup_and_cdata_ends_in_text_and_attributes() {
        byte[] doc = Xml.document(xml -> {
            xml.writeStartElement("t");
            Xml.attribute(xml, "a", "\"<&>'");
            xml.writeCharacters(Xml.clean("<script>x</script> & ]]>"));
            xml.writeEndElement();
        });
        String text = new String(doc, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("<script>").doesNotContain("]]>");
        assertThat(FeedFixtures.parse(doc).getDocumentElement().getTextContent())
                .isEqualTo("<script>x</script> & ]]>");
        assertThat(FeedFixtures.parse(doc).getDocumentElement().getAttribute("a")).isEqualTo("\"<&>'");
    }
}
