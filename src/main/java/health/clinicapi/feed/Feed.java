package health.clinicapi.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import health.clinicapi.article.DeliveredArticle;

/**
 * The newest published articles of a clinic as every feed format shows them; the JSON, Atom and RSS writers only
 * differ in syntax.
 *
 * @param id stable identifier of this clinic's feed in this language (a {@code urn:uuid:})
 * @param language the locale asked for, else the clinic's default; each entry says the locale it is served in
 * @param updated when the newest entry changed; the clinic's last change when there is none
 */
record Feed(String id, String clinicSlug, String title, String description, String homePageUrl, String language,
        Instant updated, List<Entry> entries) {

    /**
     * One article.
     *
     * @param id stable across slug changes: a {@code urn:uuid:} named after the translation group and locale
     * @param contentHtml the rendered safe HTML followed by the disclaimers the rules require, which must travel
     *        with the content
     * @param author null when the article names none
     */
    record Entry(String id, DeliveredArticle article, Author author, String contentHtml) {
    }

    /** A person credited with an entry; {@code url} is their profile page, when they have one. */
    record Author(String name, String url) {
    }

    /** A {@code urn:uuid:} that stays the same for as long as {@code parts} do. */
    static String urn(String... parts) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }

    /** Surrogate keys: the clinic, the article collection, and each article with what it references. */
    List<String> surrogateKeys() {
        List<String> keys = new ArrayList<>(List.of("clinic:" + clinicSlug));
        entries.forEach(e -> keys.addAll(e.article().surrogateKeys()));
        return keys.stream().distinct().toList();
    }
}
