package health.clinicapi.snippet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.article.ArticleDelivery;
import health.clinicapi.article.DeliveredArticle;
import health.clinicapi.catalog.ClinicIndication;
import health.clinicapi.catalog.ClinicIndications;
import health.clinicapi.catalog.Indication;
import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.persistence.ReadOnly;
import health.clinicapi.content.render.Format;
import health.clinicapi.content.render.RenderContext;
import health.clinicapi.content.render.Renderer;
import health.clinicapi.disclaimer.ContentFacts;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerResolver;
import health.clinicapi.disclaimer.ResolvedDisclaimer;

/**
 * Makes snippets: takes the article or indication exactly as the clinic's site delivers it (locale fallback,
 * syndication, resolved disclaimers), cuts its text to each length after reserving room for the disclaimers' short
 * texts, and links the clinic's page with the campaign parameters.
 */
@ApplicationScoped
public class SnippetService {

    private final ArticleDelivery articles;
    private final ClinicIndications indications;
    private final DisclaimerResolver resolver;
    private final SnippetConfig config;

    public SnippetService(ArticleDelivery articles, ClinicIndications indications, DisclaimerResolver resolver,
            SnippetConfig config) {
        this.articles = articles;
        this.indications = indications;
        this.resolver = resolver;
        this.config = config;
    }

    /** Snippets with what a response needs to be cached: when the source last changed and the content it names. */
    public record Made(Snippets snippets, Instant lastModified, List<String> surrogateKeys) {
    }

    /** What a snippet is cut from, as the clinic's site shows it. */
    private record Source(SnippetSourceType type, String slug, String locale, String text, String url,
            List<ResolvedDisclaimer> disclaimers, ContentFacts facts, Instant updatedAt, List<String> keys) {
    }

    /**
     * One snippet per length of the query, for the clinic's site; a 404 problem for an unknown or unpublished source,
     * a {@link SnippetTooShortException} when a length cannot hold the required disclaimers. One read transaction, so
     * the source and its disclaimers are of one moment.
     */
    @Transactional
    @ReadOnly
    Made make(ClinicEntity clinic, SnippetQuery query) {
        Source source = query.article() != null
                ? article(clinic, query.article(), query.locale())
                : indication(clinic, query.indication(), query.locale());
        List<ResolvedDisclaimer> required = required(clinic, source);
        String text = SnippetText.normalize(source.text());
        List<String> shortTexts = required.stream()
                .map(d -> SnippetText.oneLine(SnippetText.normalize(d.shortText()))).toList();
        String tail = String.join(" ", shortTexts);
        if (!text.isEmpty() && !tail.isEmpty()) {
            tail = " " + tail;
        }
        int tailLength = SnippetText.length(tail);
        int minimum = (text.isEmpty() ? 0 : SnippetText.minimum(text, source.locale())) + tailLength;
        int shortest = query.lengths().stream().min(Integer::compare).orElseThrow();
        if (shortest < minimum) {
            throw new SnippetTooShortException(shortest, minimum);
        }
        String link = query.utm().apply(source.url());
        SnippetFormat format = query.format();
        List<SnippetDisclaimer> disclaimers = new ArrayList<>();
        for (int i = 0; i < shortTexts.size(); i++) {
            ResolvedDisclaimer d = required.get(i);
            disclaimers.add(new SnippetDisclaimer(d.key(), d.version(), format.write(shortTexts.get(i))));
        }
        List<Snippet> items = new ArrayList<>();
        for (int maxLength : query.lengths()) {
            SnippetText.Cut cut = text.isEmpty()
                    ? new SnippetText.Cut("", false, 0)
                    : SnippetText.cut(text, maxLength - tailLength, source.locale());
            String full = cut.text() + tail;
            items.add(new Snippet(maxLength, format.write(cut.text()), disclaimers, format.write(full),
                    SnippetText.length(full), cut.truncated(), link, SnippetText.length(link)));
        }
        Snippets snippets = new Snippets(clinic.slug, source.type(), source.slug(), source.locale(), format, items);
        List<String> keys = new ArrayList<>(List.of("snippets", "clinic:" + clinic.slug));
        keys.addAll(source.keys());
        required.forEach(d -> keys.add("disclaimer:" + d.key()));
        return new Made(snippets, source.updatedAt(), keys.stream().distinct().toList());
    }

    /**
     * What the page requires (the disclaimers delivered with the article or indication), then what rules for
     * {@link ContentType#SNIPPET} add for the same facts: a network can require more of text that travels alone.
     */
    private List<ResolvedDisclaimer> required(ClinicEntity clinic, Source source) {
        Map<String, ResolvedDisclaimer> byKey = new LinkedHashMap<>();
        source.disclaimers().forEach(d -> byKey.putIfAbsent(d.key(), d));
        resolver.resolve(clinic, source.facts(), Instant.now()).forEach(d -> byKey.putIfAbsent(d.key(), d));
        return List.copyOf(byKey.values());
    }

    /** The excerpt, written to summarize; the plain-text body when there is none. */
    private Source article(ClinicEntity clinic, String slug, String locale) {
        DeliveredArticle a = articles.published(clinic.id, slug, locale, Set.of(Format.PLAINTEXT));
        String text = a.excerpt() != null && !a.excerpt().isBlank()
                ? a.excerpt()
                : a.rendered() == null ? "" : a.rendered().plaintext();
        List<String> keys = new ArrayList<>(a.surrogateKeys());
        // The facts the article's own disclaimers were resolved from, as a snippet: its indications' statuses where
        // this clinic practises.
        Set<RegulatoryStatus> statuses = new HashSet<>();
        boolean someWithoutStatus = false;
        Map<String, IndicationEntity> referenced = new HashMap<>();
        IndicationEntity.findBySlugs(a.indications()).forEach(i -> referenced.put(i.slug, i));
        for (String slugOfIndication : a.indications()) {
            IndicationEntity indication = referenced.get(slugOfIndication);
            Set<RegulatoryStatus> here = indication == null ? Set.of() : indication.statusIn(clinic.jurisdiction);
            statuses.addAll(here);
            someWithoutStatus |= here.isEmpty();
        }
        var facts = new ContentFacts(ContentType.SNIPPET, a.healthContent(), a.locale(), statuses, someWithoutStatus,
                Set.copyOf(a.tags()));
        return new Source(SnippetSourceType.ARTICLE, a.slug(), a.locale(), text, pageOnThisSite(a), a.disclaimers(),
                facts, a.updatedAt(), keys);
    }

    /** The summary; the fact sheet as plain text when there is none. Linked to the page the configured path names. */
    private Source indication(ClinicEntity clinic, String slug, String locale) {
        ClinicIndication found = indications.one(clinic, slug, locale);
        Indication i = found.indication();
        String text = i.summary() != null && !i.summary().isBlank()
                ? i.summary()
                : Renderer.render(Format.PLAINTEXT, i.body(), RenderContext.empty(clinic.baseUrl));
        String shownLocale = locale == null ? clinic.defaultLocale : locale;
        String url = clinic.baseUrl
                + config.indicationPath().replace("{slug}", i.slug()).replace("{locale}", shownLocale);
        ContentFacts asIndication = ClinicIndications.factsOf(IndicationEntity.findBySlug(slug).orElseThrow(), clinic,
                locale);
        var facts = new ContentFacts(ContentType.SNIPPET, true, asIndication.locale(),
                asIndication.indicationStatuses(), asIndication.someIndicationWithoutStatus(), Set.of());
        return new Source(SnippetSourceType.INDICATION, i.slug(), shownLocale, text, url, found.disclaimers(), facts,
                i.updatedAt(), List.of("indication:" + i.slug(), "treatment:" + i.treatment(),
                        "condition:" + i.condition()));
    }

    /**
     * The article's page on the clinic's own site, where its marketing sends readers; a syndicated article's canonical
     * URL is the origin's page instead, for search engines.
     */
    private static String pageOnThisSite(DeliveredArticle a) {
        return a.translations().stream().filter(t -> t.locale().equals(a.locale())).map(t -> t.url()).findFirst()
                .orElse(a.canonicalUrl());
    }
}
