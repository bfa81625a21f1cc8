package health.clinicapi.content.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import health.clinicapi.content.SafeUrl;

/** The link rules every format shares: which URLs may become links, and which of them leave the clinic's site. */
final class Links {

    private Links() {
    }

    /** Whether {@code href} may become a link: http, https, mailto or tel, checked again on the way out. */
    static boolean safe(String href) {
        return SafeUrl.Validator.isSafe(href, false);
    }

    /** Whether {@code url} may be an image source: http or https only. */
    static boolean safeImage(String url) {
        return SafeUrl.Validator.isSafe(url, true);
    }

    /** The lower-case host of the site's base URL, or null when there is none to compare links with. */
    static String siteHost(String siteBaseUrl) {
        return siteBaseUrl == null ? null : host(siteBaseUrl);
    }

    /** Whether a safe link leaves the site: anything but http or https on the site's own host. */
    static boolean external(String href, String siteHost) {
        return siteHost == null || !siteHost.equals(host(href));
    }

    private static String host(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
