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

    /** Keys already reported as unresolvable, so a misconfiguration warns once rather than on every request. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public List<ResolvedDisclaimer> resolve(ClinicEntity clinic, ContentFacts facts, Instant at) {
        Map<String, DisclaimerRuleEntity> byKey = new LinkedHashMap<>();
        for (DisclaimerRuleEntity rule : DisclaimerRuleEntity.enabledInOrder()) {
            if (matches(rule, facts)) {
                byKey.putIfAbsent(rule.disclaimerKey, rule);
            }
        }
        if (byKey.isEmpty()) {
            return List.of();
        }
        List<DisclaimerEntity> candidates = DisclaimerEntity.forKeys(clinic.id, byKey.keySet());
        Map<UUID, DisclaimerVersionEntity> current = new HashMap<>();
        List<UUID> ids = candidates.stream().map(d -> d.id).toList();
        // Newest effective first, so the first seen per disclaimer is the one in effect at `at`.
        DisclaimerVersionEntity.effectiveAt(ids, at).forEach(v -> current.putIfAbsent(v.disclaimerId, v));

        List<String> chain = localeChain(facts.locale(), clinic.defaultLocale);
        List<ResolvedDisclaimer> resolved = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            DisclaimerEntity chosen = choose(entry.getKey(), candidates, current, chain);
            if (chosen == null) {
                warnOnce(entry.getValue(), chain);
            } else {
                resolved.add(ResolvedDisclaimer.of(chosen, current.get(chosen.id)));
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
        List<DisclaimerEntity> candidates = DisclaimerEntity.forKeys(clinic.id, Set.copyOf(keys));
        Map<UUID, DisclaimerVersionEntity> current = new HashMap<>();
        DisclaimerVersionEntity.effectiveAt(candidates.stream().map(d -> d.id).toList(), at)
                .forEach(v -> current.putIfAbsent(v.disclaimerId, v));
        List<String> chain = localeChain(locale, clinic.defaultLocale);
        List<ResolvedDisclaimer> resolved = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            DisclaimerEntity chosen = choose(key, candidates, current, chain);
            if (chosen != null) {
                resolved.add(ResolvedDisclaimer.of(chosen, current.get(chosen.id)));
            }
        }
        return resolved;
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
