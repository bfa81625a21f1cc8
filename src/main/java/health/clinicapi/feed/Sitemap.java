package health.clinicapi.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages of a clinic's site that a sitemap lists, at most {@link #MAX_URLS} (the sitemaps.org limit of one file;
 * beyond it the newest are kept).
 */
record Sitemap(String clinicSlug, List<Url> urls) {

    /** The most URLs one sitemap may list (sitemaps.org protocol 0.9). */
    static final int MAX_URLS = 50_000;

    /** Beyond this many articles the response names the collection instead of each article, to bound its header. */
    static final int MAX_ARTICLE_KEYS = 200;

    /** One page: its canonical URL, when it last changed, and every language version of it, itself included. */
    record Url(String translationGroup, String loc, Instant lastmod, List<Alternate> alternates) {
    }

    /** A language version of a page, for {@code hreflang}. */
    record Alternate(String hreflang, String href) {
    }

    /** When the newest page changed; null for an empty sitemap. */
    Instant lastModified() {
        return urls.stream().map(Url::lastmod).max(Instant::compareTo).orElse(null);
    }

    /**
     * The clinic and the article collection, and each article while there are few enough to name: any publish,
     * unpublish or edit purges the collection key anyway.
     */
    List<String> surrogateKeys() {
        List<String> keys = new ArrayList<>(List.of("articles", "clinic:" + clinicSlug));
        List<String> articles = urls.stream().map(u -> "article:" + u.translationGroup()).distinct().toList();
        if (articles.size() <= MAX_ARTICLE_KEYS) {
            keys.addAll(articles);
        }
        return keys;
    }
}
