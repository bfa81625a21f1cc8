package health.clinicapi.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Slugs made from titles: lower-case ASCII words joined by hyphens, at most {@value #MAX} characters. */
final class Slugs {

    static final int MAX = 80;
    private static final String FALLBACK = "untitled";

    private Slugs() {
    }

    /** The slug of {@code title}: accents folded (é → e), anything else that is not a letter or digit a separator. */
    static String of(String title) {
        if (title == null) {
            return FALLBACK;
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = cut(slug, MAX);
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… (still at most {@value #MAX} long), the first not taken. */
    static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            String suffix = "-" + n;
            String candidate = cut(base, MAX - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        return slug.substring(0, max).replaceAll("-+$", "");
    }
}
