package health.clinicapi.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import health.clinicapi.catalog.ClinicIndications;
import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.Treatment;
import health.clinicapi.catalog.TreatmentEntity;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.locale.LocaleChain;
import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.content.BlockText;
import health.clinicapi.content.render.Format;
import health.clinicapi.content.render.TemplateVariables;
import health.clinicapi.disclaimer.ContentFacts;
import health.clinicapi.disclaimer.DisclaimerResolver;
import health.clinicapi.disclaimer.ResolvedDisclaimer;
import health.clinicapi.person.Person;
import health.clinicapi.person.PersonEntity;
import health.clinicapi.syndication.SyndicationPlacementEntity;

/**
 * Builds articles as a clinic's site shows them: the best locale for the reader, the disclaimers the rules require
 * there, and the related resources asked for. Delivery shows PUBLISHED articles; preview shows every status.
 */
@ApplicationScoped
public class ArticleDelivery {

    static final Set<ArticleStatus> LIVE = EnumSet.of(ArticleStatus.PUBLISHED);
    static final Set<ArticleStatus> ANY = EnumSet.allOf(ArticleStatus.class);

    private static final String SEARCH_PREFIX = "search:";

    private final DisclaimerResolver resolver;
    private final ClinicIndications clinicIndications;
    private final ArticleSearch search;
    private final DeliveryReferences references;
    private final ArticleRows rows;
    private final SearchRankings rankings;

    public ArticleDelivery(DisclaimerResolver resolver, ClinicIndications clinicIndications, ArticleSearch search,
            DeliveryReferences references, ArticleRows rows, SearchRankings rankings) {
        this.resolver = resolver;
        this.clinicIndications = clinicIndications;
        this.search = search;
        this.references = references;
        this.rows = rows;
        this.rankings = rankings;
    }

    /**
     * The clinic's published article with this slug in the reader's locale (null: the clinic's default), rendered in
     * {@code formats}: what other features (snippets, feeds) build on, so they serve exactly what delivery serves, an
     * article syndicated onto the clinic included (overrides applied, variables resolved with this clinic's values).
     */
    public DeliveredArticle published(UUID clinicId, String slug, String locale, Set<Format> formats) {
        return one(clinicId, slug, locale, LIVE, Set.of(), ArticleShape.full(formats));
    }

    /**
     * A page of the clinic's published articles, newest publication first, in the reader's locale (null: the clinic's
     * default), rendered in {@code formats}; follow {@code nextCursor} for more. Syndicated articles are in it with
     * their own, as on the clinic's site.
     */
    public DeliveredArticlePage newestPublished(UUID clinicId, String locale, String cursor, int limit,
            Set<Format> formats) {
        ClinicEntity clinic = clinicIn(references.current(), clinicId);
        var filter = new DeliveryFilter(LIVE, LocaleChain.of(locale, clinic.defaultLocale), null, null, null, null,
                null, null, null);
        return page(clinicId, filter, ArticleSort.PUBLISHED_DESC, cursor, limit, Set.of(), ArticleShape.full(formats));
    }

    /**
     * A page of the clinic's articles in {@code sort} order, its own and those syndicated onto it (ACTIVE placements of
     * published origin articles) together; includes are embedded once for the page. No transaction, as for
     * {@link #one}: a connection is taken for each statement, not held while the page is built.
     */
    public DeliveredArticlePage page(UUID clinicId, DeliveryFilter filter, ArticleSort sort, String cursor,
            int limit, Set<ArticleInclude> includes, ArticleShape shape) {
        DeliveryReferences.Snapshot refs = references.current();
        ClinicEntity clinic = clinicIn(refs, clinicId);
        Cursor after = Cursor.decode(cursor);
        String prefix = sort.param + ":";
        Object afterKey = after == null
                ? null
                : sort.byTime() ? after.instantAfterPrefix(prefix) : after.keyAfterPrefix(prefix);
        List<ArticleEntity> found = rows.byIdsInOrder(refs,
                ArticleEntity.deliveryPage(clinic.id, refs.originsOf(clinic.id), filter, sort,
                        afterKey, after == null ? null : after.id(), limit + 1),
                false, shape.needsBlocks(includes));
        Page<ArticleEntity> page = Page.of(found, limit, Function.identity(), a -> prefix + sortKey(sort, a),
                a -> a.id);
        Map<String, SyndicationPlacementEntity> placements = placements(refs, clinic, page.items());
        Map<String, List<ArticleTranslation>> translations = shape.translations()
                ? translations(refs, clinic, page.items(), filter.statuses(), placements)
                : Map.of();
        Map<ContentFacts, List<ResolvedDisclaimer>> resolved = new HashMap<>();
        Map<String, String> variables = clinic.templateVariables();
        Instant now = Instant.now();
        List<DeliveredArticle> items = page.items().stream()
                .map(a -> view(clinic, a, translations.get(groupKey(a)), placements.get(groupKey(a)), variables,
                        resolved, now, shape))
                .toList();
        ArticleIncluded included = includes.isEmpty()
                ? null
                : included(clinic, page.items(), includes, filter.localeChain().get(0), now);
        return new DeliveredArticlePage(items, page.nextCursor(), included);
    }

    /**
     * A page of the clinic's articles (own and syndicated) matching a full-text query, most relevant first, the other
     * filters applied; each carries its {@link SearchMatch}. Pages are positions in the ranking. No transaction, as
     * for {@link #one}.
     */
    public DeliveredArticlePage search(UUID clinicId, DeliveryFilter filter, String q, String cursor, int limit,
            Set<ArticleInclude> includes, ArticleShape shape) {
        DeliveryReferences.Snapshot refs = references.current();
        ClinicEntity clinic = clinicIn(refs, clinicId);
        Cursor after = Cursor.decode(cursor);
        int offset = 0;
        if (after != null) {
            try {
                offset = Integer.parseInt(after.keyAfterPrefix(SEARCH_PREFIX));
            } catch (NumberFormatException e) {
                offset = -1;
            }
            if (offset < 0) {
                throw ApiException.invalid("cursor", "is not a cursor of this search");
            }
        }
        ArticleSearch.Query query = search.parse(q, refs.conditions().values());
        // Rank and cut the page on ids alone; only the page's articles are loaded.
        List<ArticleSearch.Match> ranked = rankings.delivered(
                new SearchRankings.Key(clinic.id, filter, query.phrases()), refs.generation(), offset + limit + 1,
                key -> search.matches(key.clinicId(), key.filter().statuses(), query),
                ids -> ArticleEntity.deliveryMatching(clinic.id, refs.originsOf(clinic.id), filter, ids));
        int from = Math.min(offset, ranked.size());
        int to = Math.min(from + limit, ranked.size());
        Map<UUID, Double> scores = new HashMap<>();
        ranked.subList(from, to).forEach(m -> scores.put(m.id(), m.score()));
        List<ArticleEntity> shown = rows.byIdsInOrder(refs,
                ranked.subList(from, to).stream().map(ArticleSearch.Match::id).toList(), true,
                shape.needsBlocks(includes));
        String next = to < ranked.size()
                ? new Cursor(SEARCH_PREFIX + to, ranked.get(to - 1).id()).encode()
                : null;
        Map<String, SyndicationPlacementEntity> placements = placements(refs, clinic, shown);
        Map<String, List<ArticleTranslation>> translations = shape.translations()
                ? translations(refs, clinic, shown, filter.statuses(), placements)
                : Map.of();
        Map<ContentFacts, List<ResolvedDisclaimer>> resolved = new HashMap<>();
        Map<String, String> variables = clinic.templateVariables();
        Instant now = Instant.now();
        List<DeliveredArticle> items = shown.stream().map(a -> {
            Set<String> words = ArticleSearch.matchedWords(query, a.title, a.searchText);
            DeliveredArticle view = view(clinic, a, translations.get(groupKey(a)), placements.get(groupKey(a)),
                    variables, resolved, now, shape);
            return view.withMatch(new SearchMatch(scores.get(a.id), SearchHighlighter.mark(view.title(), words),
                    TemplateVariables.resolve(SearchHighlighter.snippet(a.searchText, words), variables)));
        }).toList();
        ArticleIncluded included = includes.isEmpty()
                ? null
                : included(clinic, shown, includes, filter.localeChain().get(0), now);
        return new DeliveredArticlePage(items, next, included);
    }

    /**
     * The article with {@code slug} in one of {@code statuses}. Without a locale, the article with that slug (in the
     * clinic's default locale when several share it); with one, the translation that comes first in the reader's
     * fallback chain, whatever its own slug. The clinic's own article wins; otherwise a published article syndicated
     * onto the clinic under that slug (its override slug, else its own). A 404 problem when there is none.
     * <p>
     * A cold read costs one statement: the article with its translations (their tags and catalog ids included); the
     * clinic, people and catalog come from {@link DeliveryReferences}. A syndicated article adds one for its
     * placement. No transaction: each statement sees one committed state, and a response built across a commit is
     * never cached (the delivery cache keeps only what was read within one content generation).
     */
    public DeliveredArticle one(UUID clinicId, String slug, String locale, Set<ArticleStatus> statuses,
            Set<ArticleInclude> includes, ArticleShape shape) {
        DeliveryReferences.Snapshot refs = references.current();
        ClinicEntity clinic = clinicIn(refs, clinicId);
        List<ArticleEntity> members = rows.groupsWithSlug(refs, clinic.id, slug, statuses);
        List<ArticleEntity> found = members.stream().filter(a -> a.slug.equals(slug)).toList();
        SyndicationPlacementEntity placement = null;
        if (found.isEmpty()) {
            // Never an origin's drafts: only what the origin has published is syndicated, preview included.
            placement = statuses.contains(ArticleStatus.PUBLISHED)
                    ? rows.activeBySlug(refs, clinic.id, slug).stream().findFirst().orElse(null)
                    : null;
            members = placement == null
                    ? List.of()
                    : rows.inGroups(refs, placement.origin.id, Set.of(placement.translationGroup), LIVE, true);
            boolean byOverride = placement != null && placement.slugOverride != null;
            found = byOverride ? members : members.stream().filter(a -> a.slug.equals(slug)).toList();
        }
        if (found.isEmpty()) {
            throw ApiException.notFound("article", slug);
        }
        ArticleEntity chosen = null;
        if (locale != null) {
            List<String> chain = LocaleChain.of(locale, clinic.defaultLocale);
            chosen = members.stream().filter(a -> LocaleChain.rank(chain, a.locale) < chain.size())
                    .min(Comparator.comparingInt((ArticleEntity a) -> LocaleChain.rank(chain, a.locale))
                            .thenComparing(a -> a.locale))
                    .orElse(null);
        }
        if (chosen == null) {
            chosen = found.stream()
                    .min(Comparator.comparing((ArticleEntity a) -> !a.locale.equals(clinic.defaultLocale))
                            .thenComparing(a -> a.locale))
                    .orElseThrow();
        }
        UUID group = chosen.translationGroup;
        SyndicationPlacementEntity shownBy = placement;
        List<ArticleTranslation> translations = members.stream().filter(a -> a.translationGroup.equals(group))
                .map(a -> translation(clinic, a, shownBy)).toList();
        Instant now = Instant.now();
        DeliveredArticle view = view(clinic, chosen, translations, placement, clinic.templateVariables(),
                new HashMap<>(), now, shape);
        return includes.isEmpty()
                ? view
                : view.withIncluded(included(clinic, List.of(chosen), includes, chosen.locale, now));
    }

    /** The clinic as {@code refs} holds it; one created a moment ago may need a newer copy. */
    private ClinicEntity clinicIn(DeliveryReferences.Snapshot refs, UUID clinicId) {
        ClinicEntity clinic = refs.clinics().get(clinicId);
        if (clinic == null) {
            clinic = references.after(refs).clinics().get(clinicId);
        }
        if (clinic == null) {
            throw new ApiException(ProblemType.NOT_FOUND,
                    "The clinic no longer exists.");
        }
        return clinic;
    }

    /** An article's translation group within its own clinic: groups are per clinic (an import may reuse them). */
    private static String groupKey(ArticleEntity a) {
        return a.clinic.id + "/" + a.translationGroup;
    }

    /** The clinic's ACTIVE placements of the syndicated articles among {@code items}, by group key; one query. */
    private Map<String, SyndicationPlacementEntity> placements(DeliveryReferences.Snapshot refs, ClinicEntity clinic,
            List<ArticleEntity> items) {
        Set<UUID> groups = items.stream().filter(a -> !a.clinic.id.equals(clinic.id)).map(a -> a.translationGroup)
                .collect(Collectors.toSet());
        Map<String, SyndicationPlacementEntity> byGroup = new HashMap<>();
        for (SyndicationPlacementEntity p : rows.activeOfTarget(refs, clinic.id, groups)) {
            byGroup.put(p.origin.id + "/" + p.translationGroup, p);
        }
        return byGroup;
    }

    /** Translations per group key: own ones in {@code statuses}, syndicated ones published only; two queries at most. */
    private Map<String, List<ArticleTranslation>> translations(DeliveryReferences.Snapshot refs, ClinicEntity clinic,
            List<ArticleEntity> items, Set<ArticleStatus> statuses,
            Map<String, SyndicationPlacementEntity> placements) {
        if (items.isEmpty()) {
            return Map.of();
        }
        Map<String, List<ArticleTranslation>> byGroup = new HashMap<>();
        Set<UUID> own = items.stream().filter(a -> a.clinic.id.equals(clinic.id)).map(a -> a.translationGroup)
                .collect(Collectors.toSet());
        if (!own.isEmpty()) {
            // The other translations are named, not shown: their bodies are not read.
            for (ArticleEntity a : rows.inGroups(refs, clinic.id, own, statuses, false)) {
                byGroup.computeIfAbsent(groupKey(a), g -> new ArrayList<>()).add(translation(clinic, a, null));
            }
        }
        if (!placements.isEmpty()) {
            Set<UUID> origins = placements.values().stream().map(p -> p.origin.id).collect(Collectors.toSet());
            Set<UUID> groups = placements.values().stream().map(p -> p.translationGroup)
                    .collect(Collectors.toSet());
            for (ArticleEntity a : rows.membersOfGroups(refs, origins, groups)) {
                SyndicationPlacementEntity p = placements.get(groupKey(a));
                if (p != null && LIVE.contains(a.status)) {
                    byGroup.computeIfAbsent(groupKey(a), g -> new ArrayList<>()).add(translation(clinic, a, p));
                }
            }
        }
        return byGroup;
    }

    /** A translation as the clinic's site links it; a placement's slug override applies to every translation. */
    private static ArticleTranslation translation(ClinicEntity clinic, ArticleEntity a,
            SyndicationPlacementEntity placement) {
        String slug = placement != null && placement.slugOverride != null ? placement.slugOverride : a.slug;
        return new ArticleTranslation(a.locale, slug, clinic.articleUrl(slug, a.locale));
    }

    /**
     * The article as {@code clinic}'s site shows it: template variables resolved with the clinic's values everywhere
     * text appears, disclaimers and regulatory facts for the clinic's jurisdiction; for a syndicated article
     * ({@code placement} not null) also the placement's overrides, and the canonical URL on the origin's site.
     */
    private DeliveredArticle view(ClinicEntity clinic, ArticleEntity a, List<ArticleTranslation> translations,
            SyndicationPlacementEntity placement, Map<String, String> variables,
            Map<ContentFacts, List<ResolvedDisclaimer>> resolved, Instant now, ArticleShape shape) {
        boolean syndicated = placement != null;
        String slug = syndicated && placement.slugOverride != null ? placement.slugOverride : a.slug;
        String title = TemplateVariables.resolve(
                syndicated && placement.titleOverride != null ? placement.titleOverride : a.title, variables);
        String excerpt = TemplateVariables.resolve(
                syndicated && placement.excerptOverride != null ? placement.excerptOverride : a.excerpt, variables);
        HeroImage hero = hero(syndicated && placement.heroOverride != null ? placement.heroOverride : a.heroImage,
                variables);
        Seo seo = a.seo == null
                ? null
                : new Seo(TemplateVariables.resolve(a.seo.title(), variables),
                        TemplateVariables.resolve(a.seo.description(), variables), a.seo.canonicalUrl(),
                        a.seo.noindex());
        var body = !shape.body() && shape.formats().isEmpty()
                ? null
                : a.bodyWithoutPlaceholders ? a.body : TemplateVariables.resolve(a.body, variables);
        RenderedArticle rendered = shape.formats().isEmpty()
                ? null
                : ArticleFormats.render(a, body, clinic, shape.formats(),
                        resolver.resolveKeys(clinic, BlockText.disclaimerKeys(a.body), a.locale, now));
        List<ResolvedDisclaimer> disclaimers = shape.disclaimers()
                ? resolved.computeIfAbsent(ArticleDisclaimers.factsOf(a, clinic), f -> resolver.resolve(clinic, f, now))
                : List.of();
        // The page's original lives where the article is written: a syndicated copy points back to its origin.
        String canonical = a.seo != null && a.seo.canonicalUrl() != null
                ? a.seo.canonicalUrl()
                : a.clinic.articleUrl(a.slug, a.locale);
        String description = seo != null && seo.description() != null ? seo.description() : excerpt;
        Instant updatedAt = syndicated && placement.updatedAt.isAfter(a.updatedAt) ? placement.updatedAt : a.updatedAt;
        return new DeliveredArticle(slug, a.locale, clinic.slug, syndicated ? a.clinic.slug : null,
                a.translationGroup, translations == null ? List.of(translation(clinic, a, placement)) : translations,
                title, TemplateVariables.resolve(a.subtitle, variables), excerpt, hero, body,
                a.tags.stream().sorted().toList(), treatmentsOf(a).stream().map(t -> t.slug).toList(),
                a.indications.stream().map(i -> i.condition.slug).distinct().sorted().toList(),
                a.indications.stream().map(i -> i.slug).sorted().toList(), a.author == null ? null : a.author.slug,
                a.medicalReviewer == null ? null : a.medicalReviewer.slug, a.lastReviewedAt, a.healthContent, seo,
                canonical, syndicated ? placement.overridden() : List.of(), a.status,
                a.status == ArticleStatus.SCHEDULED ? a.publishAt : null, a.publishedAt, updatedAt, a.wordCount,
                a.readingMinutes, disclaimers, rendered,
                shape.jsonLd()
                        ? ArticleLd.of(a, clinic, canonical, title, description, hero == null ? null : hero.url())
                        : null,
                null, null);
    }

    private static HeroImage hero(HeroImage image, Map<String, String> variables) {
        return image == null
                ? null
                : new HeroImage(image.url(), TemplateVariables.resolve(image.alt(), variables),
                        TemplateVariables.resolve(image.caption(), variables),
                        TemplateVariables.resolve(image.credit(), variables), image.focalPoint());
    }

    /** The treatments an article references: those listed and those of its indications, ordered by slug. */
    static List<TreatmentEntity> treatmentsOf(ArticleEntity a) {
        Map<String, TreatmentEntity> bySlug = new TreeMap<>();
        a.treatments.forEach(t -> bySlug.put(t.slug, t));
        a.indications.forEach(i -> bySlug.putIfAbsent(i.treatment.slug, i.treatment));
        return List.copyOf(bySlug.values());
    }

    private ArticleIncluded included(ClinicEntity clinic, Collection<ArticleEntity> articles,
            Set<ArticleInclude> includes, String locale, Instant now) {
        List<Person> people = null;
        if (includes.contains(ArticleInclude.AUTHOR) || includes.contains(ArticleInclude.REVIEWER)) {
            Map<String, PersonEntity> bySlug = new TreeMap<>();
            for (ArticleEntity a : articles) {
                if (includes.contains(ArticleInclude.AUTHOR) && a.author != null) {
                    bySlug.put(a.author.slug, a.author);
                }
                if (includes.contains(ArticleInclude.REVIEWER) && a.medicalReviewer != null) {
                    bySlug.put(a.medicalReviewer.slug, a.medicalReviewer);
                }
            }
            people = bySlug.values().stream().map(Person::from).toList();
        }
        List<Treatment> treatments = null;
        if (includes.contains(ArticleInclude.TREATMENTS)) {
            Map<String, TreatmentEntity> bySlug = new TreeMap<>();
            articles.forEach(a -> treatmentsOf(a).forEach(t -> bySlug.put(t.slug, t)));
            treatments = bySlug.values().stream().map(Treatment::from).toList();
        }
        var indications = !includes.contains(ArticleInclude.INDICATIONS)
                ? null
                : clinicIndications.views(clinic, distinct(articles), locale);
        List<ResolvedDisclaimer> disclaimers = null;
        if (includes.contains(ArticleInclude.DISCLAIMERS)) {
            Set<String> keys = new LinkedHashSet<>();
            articles.forEach(a -> keys.addAll(BlockText.disclaimerKeys(a.body)));
            disclaimers = resolver.resolveKeys(clinic, keys, locale, now);
        }
        return new ArticleIncluded(people, treatments, indications, disclaimers);
    }

    private static Collection<IndicationEntity> distinct(Collection<ArticleEntity> articles) {
        Map<String, IndicationEntity> bySlug = new TreeMap<>();
        articles.forEach(a -> a.indications.forEach(i -> bySlug.put(i.slug, i)));
        return bySlug.values();
    }

    private static String sortKey(ArticleSort sort, ArticleEntity a) {
        return sort.byTime() ? a.publishedAt.toString() : a.title == null ? "" : a.title;
    }
}
