package health.clinicapi.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a delivered article list may be narrowed by; null means any. Catalog items and authors are named by slug.
 *
 * @param statuses the statuses shown: PUBLISHED for delivery, more for preview
 * @param localeChain locales in order of preference; of each translation group only the best match is listed
 */
record DeliveryFilter(Set<ArticleStatus> statuses, List<String> localeChain, String tag, String treatment,
        String condition, String indication, String author, Instant publishedAfter, Instant publishedBefore) {
}
