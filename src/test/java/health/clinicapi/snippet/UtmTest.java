package health.clinicapi.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Campaign parameters are percent-encoded and placed in the query, before any fragment. */
class UtmTest {

    @Test
    void encodes_spaces_ampersands_and_non_ascii_values() {
        Utm utm = new Utm("news letter", "e&mail", "spring=été/2026*");

        assertThat(utm.apply("https://a.example/learn/botox")).isEqualTo(
                "https://a.example/learn/botox?utm_source=news%20letter&utm_medium=e%26mail&utm_campaign=spring%3D%C3%A9t%C3%A9%2F2026%2A");
    }

    @Test
    void keeps_an_existing_query_and_fragment() {
        Utm utm = new Utm("sms", null, " ");

        assertThat(utm.apply("https://a.example/p?lang=en#top"))
                .isEqualTo("https://a.example/p?lang=en&utm_source=sms#top");
    }

    @Test
    void leaves_the_url_alone_without_parameters() {
        assertThat(new Utm(null, "", null).apply("https://a.example/p")).isEqualTo("https://a.example/p");
    }
}
