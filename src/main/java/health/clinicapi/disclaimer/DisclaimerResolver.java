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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.locale.LocaleChain;

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

    /** Key of this transaction's {@link Reads}. */
    private static final Object READS = new Object();

    /** Keys already reported as unresolvable, so a misconfiguration warns once rather than on every request. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private final TransactionSynchronizationRegistry transactions;

    public DisclaimerResolver(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public List<ResolvedDisclaimer> resolve(ClinicEntity clinic, ContentFacts facts, Instant at) {
        Map<String, DisclaimerRuleEntity> byKey = new LinkedHashMap<>();
        for (DisclaimerRuleEntity rule : rules()) {
            if (matches(rule, facts)) {
                byKey.putIfAbsent(rule.disclaimerKey, rule);
            }
        }
        if (byKey.isEmpty()) {
            return List.of();
        }
        Shown shown = shown(clinic, at);
        List<String> chain = localeChain(facts.locale(), clinic.defaultLocale);
        List<ResolvedDisclaimer> resolved = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            DisclaimerEntity chosen = choose(entry.getKey(), shown.candidates(), shown.current(), chain);
            if (chosen == null) {
                warnOnce(entry.getValue(), chain);
            } else {
                resolved.add(ResolvedDisclaimer.of(chosen, shown.current().get(chosen.id)));
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
        Shown shown = shown(clinic, at);
        List<String> chain = localeChain(locale, clinic.defaultLocale);
        List<ResolvedDisclaimer> resolved = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            DisclaimerEntity chosen = choose(key, shown.candidates(), shown.current(), chain);
            if (chosen != null) {
                resolved.add(ResolvedDisclaimer.of(chosen, shown.current().get(chosen.id)));
            }
        }
        return resolved;
    }

    /*
     * A page of articles or indications resolves once per item (per distinct facts, per body's keys): what resolving
     * reads is read once per transaction, so the page costs the same few statements whatever its size. Only read
     * paths resolve, and each item of a page is resolved at the page's one instant, the key of what was read.
     */

    /** Enabled rules in resolution order, read once per transaction. */
    private List<DisclaimerRuleEntity> rules() {
        Reads reads = reads();
        if (reads == null) {
            return DisclaimerRuleEntity.enabledInOrder();
        }
        if (reads.rules == null) {
            reads.rules = DisclaimerRuleEntity.enabledInOrder();
        }
        return reads.rules;
    }

    /** What the clinic can show at {@code at}, read once per transaction. */
    private Shown shown(ClinicEntity clinic, Instant at) {
        Reads reads = reads();
        return reads == null
                ? Shown.read(clinic.id, at)
                : reads.shown.computeIfAbsent(List.of(clinic.id, at), k -> Shown.read(clinic.id, at));
    }

    /** This transaction's reads; null outside a transaction. */
    private Reads reads() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Reads reads = (Reads) transactions.getResource(READS);
        if (reads == null) {
            reads = new Reads();
            transactions.putResource(READS, reads);
        }
        return reads;
    }

    private static final class Reads {
        List<DisclaimerRuleEntity> rules;
        final Map<List<Object>, Shown> shown = new HashMap<>();
    }

    /**
     * Every disclaimer a clinic can show (network defaults and its overrides: a handful) and the version of each in
     * effect at one instant; two statements.
     */
    private record Shown(List<DisclaimerEntity> candidates, Map<UUID, DisclaimerVersionEntity> current) {

        static Shown read(UUID clinicId, Instant at) {
            Map<UUID, DisclaimerVersionEntity> current = new HashMap<>();
            DisclaimerVersionEntity.inEffectFor(clinicId, at).forEach(v -> current.put(v.disclaimerId, v));
            return new Shown(DisclaimerEntity.shownBy(clinicId), current);
        }
    }

    static boolean matches(DisclaimerRuleEntity rule, ContentFacts facts) {
        if (!rule.contentTypes().contains(facts.type())) {
            return false;
        }
        return switch (rule.condition) {
            case ALWAYS -> facts.healthContent();
            case INDICATION_STATUS_NOT_APPROVED -> facts.referencesUnapprovedIndication();
            case INDICATION_STATUS_IN -> rule.statusSet().stream().anyMatch(facts.indicationStatuses()::contains);
            case TAG -> rule.tag != null && facts.tags().contains(rule.tag);
        };
    }

    /** See {@link LocaleChain#of}. */
    static List<String> localeChain(String requested, String clinicDefault) {
        return LocaleChain.of(requested, clinicDefault);
    }

    private static DisclaimerEntity choose(String key, List<DisclaimerEntity> candidates,
            Map<UUID, DisclaimerVersionEntity> current, List<String> chain) {
        for (String locale : chain) {
            DisclaimerEntity exact = best(key, candidates, current, d -> d.locale.equalsIgnoreCase(locale));
            if (exact != null) {
                return exact;
            }
            // A bare language also takes any regional text of it (en-CA readers get en-US text rather than
            // none): a required disclaimer must never go missing for want of an exact locale.
            if (locale.indexOf('-') < 0) {
                String prefix = locale + "-";
                DisclaimerEntity regional = best(key, candidates, current,
                        d -> d.locale.toLowerCase(Locale.ROOT).startsWith(prefix));
                if (regional != null) {
                    return regional;
                }
            }
        }
        return null;
    }

    /** Among the candidates that match, the clinic's override before the network default, then by locale name. */
    private static DisclaimerEntity best(String key, List<DisclaimerEntity> candidates,
            Map<UUID, DisclaimerVersionEntity> current, java.util.function.Predicate<DisclaimerEntity> locale) {
        return candidates.stream()
                .filter(d -> d.disclaimerKey.equals(key) && current.containsKey(d.id) && locale.test(d))
                .min(java.util.Comparator.comparing((DisclaimerEntity d) -> d.clinicId == null)
                        .thenComparing(d -> d.locale.toLowerCase(Locale.ROOT)))
                .orElse(null);
    }

    private void warnOnce(DisclaimerRuleEntity rule, List<String> chain) {
        if (warned.add(rule.slug + "|" + rule.disclaimerKey + "|" + chain)) {
            LOG.warnf("Disclaimer rule '%s' skipped: disclaimer '%s' has no version in effect in any of %s",
                    rule.slug, rule.disclaimerKey, chain);
        }
    }
}
