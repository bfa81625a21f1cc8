package health.clinicapi.feed;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import health.clinicapi.article.ArticleDelivery;
import health.clinicapi.article.ArticleTranslation;
import health.clinicapi.article.DeliveredArticle;
import health.clinicapi.article.DeliveredArticlePage;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.content.render.Format;
import health.clinicapi.person.PersonEntity;

/**
 * Gathers what a clinic's feeds and sitemap list from article delivery, so they show exactly what its site shows:
 * published articles only, own and syndicated, in the reader's locale, with the disclaimers the rules require.
 */
@ApplicationScoped
public class ClinicFeeds {

    private static final Logger LOG = Logger.getLogger(ClinicFeeds.class);

    /** Articles asked of delivery at a time while a sitemap pages through all of them. */
    private static final int SITEMAP_PAGE = 100;

    private final ClinicService clinics;
    private final ArticleDelivery delivery;

    public ClinicFeeds(ClinicService clinics, ArticleDelivery delivery) {
        this.clinics = clinics;
        this.delivery = delivery;
    }

    /** The clinic's {@code limit} newest published articles in {@code locale} (null: the clinic's default). */
    @Transactional
    Feed newest(String clinicSlug, String locale, int limit) {
        ClinicEntity clinic = clinics.require(clinicSlug);
        String language = locale == null ? clinic.defaultLocale : locale;
        DeliveredArticlePage page = delivery.newestPublished(clinic.id, locale, null, limit, EnumSet.of(Format.HTML));
        Map<String, Feed.Author> authors = authors(page.items());
        List<Feed.Entry> entries = page.items().stream()
                .map(a -> new Feed.Entry(Feed.urn("article", a.translationGroup().toString(), a.locale()), a,
                        a.author() == null ? null : authors.get(a.author()),
                        DisclaimerHtml.append(a.rendered() == null ? null : a.rendered().html(), a.disclaimers())))
                .toList();
        var updated = page.items().stream().map(DeliveredArticle::updatedAt).max(Instant::compareTo)
                .orElse(clinic.updatedAt);
        return new Feed(Feed.urn("feed", clinic.id.toString(), language.toLowerCase(Locale.ROOT)), clinic.slug,
                clinic.name, "Articles from " + clinic.name, clinic.baseUrl, language, updated, entries);
    }

    /**
     * Every page of the clinic's site showing a published article, each language version on its own, with its
     * alternates. Articles whose canonical URL is on another site (syndicated from another clinic, or an SEO
     * canonical elsewhere) are left out: search engines index them at their canonical URL, which that site's
     * sitemap lists.
     */
    @Transactional
    Sitemap sitemap(String clinicSlug) {
        ClinicEntity clinic = clinics.require(clinicSlug);
        // Delivery serves one language version of each article per request: ask in every locale the clinic or its
        // articles have, keeping what is served in exactly that locale.
        Deque<String> locales = new ArrayDeque<>();
        Set<String> queued = new HashSet<>();
        enqueue(locales, queued, clinic.defaultLocale);
        clinic.locales.forEach(l -> enqueue(locales, queued, l));
        Map<String, DeliveredArticle> pages = new LinkedHashMap<>();
        boolean truncated = false;
        while (!locales.isEmpty() && !truncated) {
            String locale = locales.poll();
            String cursor = null;
            do {
                DeliveredArticlePage page = delivery.newestPublished(clinic.id, locale, cursor, SITEMAP_PAGE,
                        Set.of());
                for (DeliveredArticle a : page.items()) {
                    a.translations().forEach(t -> enqueue(locales, queued, t.locale()));
                    if (!a.locale().equalsIgnoreCase(locale) || !onSite(clinic, a.canonicalUrl())) {
                        continue;
                    }
                    if (pages.size() == Sitemap.MAX_URLS) {
                        truncated = true;
                        break;
                    }
                    pages.put(key(a.translationGroup().toString(), a.locale()), a);
                }
                cursor = page.nextCursor();
            } while (cursor != null && !truncated);
        }
        List<Sitemap.Url> urls = new ArrayList<>(pages.size());
        for (DeliveredArticle a : pages.values()) {
            List<Sitemap.Alternate> alternates = new ArrayList<>();
            if (a.translations().size() > 1) {
                for (ArticleTranslation t : a.translations()) {
                    DeliveredArticle version = pages.get(key(a.translationGroup().toString(), t.locale()));
                    alternates
                            .add(new Sitemap.Alternate(t.locale(), version == null ? t.url() : version.canonicalUrl()));
                }
            }
            urls.add(new Sitemap.Url(a.translationGroup().toString(), a.canonicalUrl(), a.updatedAt(), alternates));
        }
        if (truncated) {
            LOG.warnf("Clinic %s has more than %d article pages; its sitemap lists the newest %d", clinic.slug,
                    Sitemap.MAX_URLS, Sitemap.MAX_URLS);
        }
        return new Sitemap(clinic.slug, urls);
    }

    /** The authors of these articles by slug, read in one statement (an unknown slug stands for its own name). */
    private static Map<String, Feed.Author> authors(List<DeliveredArticle> articles) {
        Set<String> slugs = new HashSet<>();
        articles.stream().map(DeliveredArticle::author).filter(Objects::nonNull).forEach(slugs::add);
        Map<String, Feed.Author> authors = new HashMap<>();
        PersonEntity.findBySlugs(slugs).forEach(p -> authors.put(p.slug, new Feed.Author(p.name, p.profileUrl)));
        slugs.forEach(slug -> authors.putIfAbsent(slug, new Feed.Author(slug, null)));
        return authors;
    }

    private static boolean onSite(ClinicEntity clinic, String url) {
        return url != null && (url.equals(clinic.baseUrl) || url.startsWith(clinic.baseUrl + "/"));
    }

    private static void enqueue(Deque<String> locales, Set<String> queued, String locale) {
        if (locale != null && queued.add(locale.toLowerCase(Locale.ROOT))) {
            locales.add(locale);
        }
    }

    private static String key(String group, String locale) {
        return group + "\n" + locale.toLowerCase(Locale.ROOT);
    }
}
