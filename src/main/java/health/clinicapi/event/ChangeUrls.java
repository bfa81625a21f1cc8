package health.clinicapi.event;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the current state of a changed resource is delivered, relative to the API's base URL. */
final class ChangeUrls {

    private ChangeUrls() {
    }

    /**
     * The delivery path of the resource on the clinic's site: a syndicated article is delivered among the target
     * clinic's articles. A 404 there means the resource is gone from the site.
     */
    static String path(String clinic, String resource, String slug, String locale) {
        String collection = switch (resource) {
            case ContentEvents.ARTICLE, ContentEvents.SYNDICATION -> "articles";
            case ContentEvents.INDICATION -> "indications";
            case ContentEvents.DISCLAIMER -> "disclaimers";
            default -> throw new IllegalArgumentException("no delivery path for resource " + resource);
        };
        String path = "/v1/clinics/" + encode(clinic) + "/" + collection + "/" + encode(slug);
        return locale == null ? path : path + "?locale=" + encode(locale);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
