package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.locale.LocaleChain;
import health.clinicapi.common.persistence.ContentGeneration;

/**
 * Decides which disclaimers must accompany content with given facts on a clinic's site, and in which version and
 * locale. Enabled rules that match are applied in display order (then key); a key appears once, from its first rule.
 * For each key the locale is chosen first (requested locale, its language, the clinic's default locale, its
 * language, {@code en}; a bare language also accepts any regional text of it); in the first locale that has a
 * version in effect, the clinic's override wins over the network default. The best language for the reader comes first; within it, the clinic's own text.
 */
@ApplicationScoped
public class DisclaimerResolver {

    private static final Logger LOG = Logger.getLogger(DisclaimerResolver.class);

    /** Keys already reported as unresolvable, so a misconfiguration warns once rather than on every request. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final ContentGeneration generation;
    /** Rules and texts as of a content generation; reloaded on first use after any committed change. */
    private volatile DisclaimerSnapshot snapshot;

    /** Key of the copy a writing transaction reads for itself. */
    private static final Object SNAPSHOT_OF_TRANSACTION = new Object();
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    public DisclaimerResolver(ContentGeneration generation, EntityManager em,
            TransactionSynchronizationRegistry transactions) {
        this.generation = generation;
        this.em = em;
        this.transactions = transactions;
    }

    public List<ResolvedDisclaimer> resolve(ClinicEntity clinic, ContentFacts facts, Instant at) {
        DisclaimerSnapshot current = snapshot();
        Map<String, DisclaimerSnapshot.Rule> byKey = new LinkedHashMap<>();
        for (DisclaimerSnapshot.Rule rule : current.rules()) {
            if (matches(rule, facts)) {
                byKey.putIfAbsent(rule.key(), rule);
            }
        }
        if (byKey.isEmpty()) {
            return List.of();
        }
        List<String> chain = localeChain(facts.locale(), clinic.defaultLocale);
        List<ResolvedDisclaimer> resolved = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            ResolvedDisclaimer chosen = choose(current.texts(entry.getKey(), clinic.id), chain, at);
            if (chosen == null) {
                warnOnce(entry.getValue(), chain);
            } else {
                resolved.add(chosen);
            }
        }
        return resolved;
    }

    /**
     * The disclaimers with these keys as the clinic shows them at {@code at} in the reader's locale (clinic override
     * first, locale fallback as for rules), in the order given; keys with no text in effect are left out. Used for
     * disclaimers an editor placed in a body by hand.
     */
    public List<ResolvedDisclaimer> resolveKeys(ClinicEntity clinic, Collection<String> keys, String locale,
            Instant at) {
        if (keys.isEmpty()) {
            return List.of();
        }
        DisclaimerSnapshot current = snapshot();
        List<String> chain = localeChain(locale, clinic.defaultLocale);
        List<ResolvedDisclaimer> resolved = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            ResolvedDisclaimer chosen = choose(current.texts(key, clinic.id), chain, at);
            if (chosen != null) {
                resolved.add(chosen);
            }
        }
        return resolved;
    }

    /**
     * The snapshot of the current content generation, read now if the one held is older. Generation first, then the
     * database: a change committing meanwhile moves the generation, so the next caller reads again. A snapshot read
     * in a transaction that may write (not {@link health.clinicapi.common.persistence.ReadOnly}) serves that
     * transaction only: it could hold the transaction's uncommitted changes, which must never reach other requests. (Reading it
     * in a transaction of its own instead would take a second pooled connection per request at the moment every
     * request reloads, which can exhaust the pool.)
     */
    private DisclaimerSnapshot snapshot() {
        long now = generation.current();
        DisclaimerSnapshot held = snapshot;
        if (held != null && held.generation() == now) {
            return held;
        }
        if (ContentGeneration.shareable(em)) {
            DisclaimerSnapshot loaded = DisclaimerSnapshot.load(now);
            snapshot = loaded;
            return loaded;
        }
        // A transaction that may write reads its own copy, once: a page resolves many times.
        DisclaimerSnapshot own = (DisclaimerSnapshot) transactions.getResource(SNAPSHOT_OF_TRANSACTION);
        if (own == null) {
            own = DisclaimerSnapshot.load(now);
            transactions.putResource(SNAPSHOT_OF_TRANSACTION, own);
        }
        return own;
    }

    static boolean matches(DisclaimerSnapshot.Rule rule, ContentFacts facts) {
        if (!rule.contentTypes().contains(facts.type())) {
            return false;
        }
        return switch (rule.condition()) {
            case ALWAYS -> facts.healthContent();
            case INDICATION_STATUS_NOT_APPROVED -> facts.referencesUnapprovedIndication();
            case INDICATION_STATUS_IN -> rule.statuses().stream().anyMatch(facts.indicationStatuses()::contains);
            case TAG -> rule.tag() != null && facts.tags().contains(rule.tag());
        };
    }

    /** See {@link LocaleChain#of}. */
    static List<String> localeChain(String requested, String clinicDefault) {
        return LocaleChain.of(requested, clinicDefault);
    }

    /** The text for the first locale of the chain that has a version in effect at {@code at}, or null. */
    private static ResolvedDisclaimer choose(List<DisclaimerSnapshot.Text> texts, List<String> chain, Instant at) {
        if (texts.isEmpty()) {
            return null;
        }
        Map<DisclaimerSnapshot.Text, DisclaimerSnapshot.Version> current = new HashMap<>();
        for (DisclaimerSnapshot.Text t : texts) {
            DisclaimerSnapshot.Version v = t.effectiveAt(at);
            if (v != null) {
                current.put(t, v);
            }
        }
        for (String locale : chain) {
            DisclaimerSnapshot.Text exact = best(current, t -> t.locale().equalsIgnoreCase(locale));
            if (exact != null) {
                return resolved(exact, current.get(exact));
            }
            // A bare language also takes any regional text of it (en-CA readers get en-US text rather than
            // none): a required disclaimer must never go missing for want of an exact locale.
            if (locale.indexOf('-') < 0) {
                String prefix = locale + "-";
                DisclaimerSnapshot.Text regional = best(current,
                        t -> t.locale().toLowerCase(Locale.ROOT).startsWith(prefix));
                if (regional != null) {
                    return resolved(regional, current.get(regional));
                }
            }
        }
        return null;
    }

    /** Among the texts in effect that match, the clinic's override before the network default, then by locale name. */
    private static DisclaimerSnapshot.Text best(Map<DisclaimerSnapshot.Text, DisclaimerSnapshot.Version> current,
            java.util.function.Predicate<DisclaimerSnapshot.Text> locale) {
        return current.keySet().stream().filter(locale)
                .min(java.util.Comparator.comparing((DisclaimerSnapshot.Text t) -> t.clinicId() == null)
                        .thenComparing(t -> t.locale().toLowerCase(Locale.ROOT)))
                .orElse(null);
    }

    private static ResolvedDisclaimer resolved(DisclaimerSnapshot.Text t, DisclaimerSnapshot.Version v) {
        return new ResolvedDisclaimer(t.key(), t.kind(), v.number(), v.title(), v.body(), v.shortText(), t.locale(),
                t.source());
    }

    private void warnOnce(DisclaimerSnapshot.Rule rule, List<String> chain) {
        if (warned.add(rule.slug() + "|" + rule.key() + "|" + chain)) {
            LOG.warnf("Disclaimer rule '%s' skipped: disclaimer '%s' has no version in effect in any of %s",
                    rule.slug(), rule.key(), chain);
        }
    }
}
