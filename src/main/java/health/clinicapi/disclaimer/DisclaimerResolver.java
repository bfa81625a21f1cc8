package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.ArrayList;
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

/**
 * Decides which disclaimers must accompany content with given facts on a clinic's site, and in which version and
 * locale. Enabled rules that match are applied in display order (then key); a key appears once, from its first rule.
 * For each key the locale is chosen first (requested locale, its language, the clinic's default locale, its
 * language, {@code en}); in the first locale that has a version in effect, the clinic's override wins over the
 * network default. The best language for the reader comes first; within it, the clinic's own text.
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

    /** Requested locale, its language, the clinic's default locale, its language, then {@code en}; no repeats. */
    static List<String> localeChain(String requested, String clinicDefault) {
        Set<String> chain = new LinkedHashSet<>();
        for (String locale : new String[]{requested, clinicDefault}) {
            if (locale != null && !locale.isBlank()) {
                String normalized = locale.toLowerCase(Locale.ROOT);
                chain.add(normalized);
                int dash = normalized.indexOf('-');
                if (dash > 0) {
                    chain.add(normalized.substring(0, dash));
                }
            }
        }
        chain.add("en");
        return List.copyOf(chain);
    }

    private static DisclaimerEntity choose(String key, List<DisclaimerEntity> candidates,
            Map<UUID, DisclaimerVersionEntity> current, List<String> chain) {
        for (String locale : chain) {
            DisclaimerEntity network = null;
            for (DisclaimerEntity d : candidates) {
                if (d.disclaimerKey.equals(key) && d.locale.equalsIgnoreCase(locale) && current.containsKey(d.id)) {
                    if (d.clinicId != null) {
                        return d;
                    }
                    network = d;
                }
            }
            if (network != null) {
                return network;
            }
        }
        return null;
    }

    private void warnOnce(DisclaimerRuleEntity rule, List<String> chain) {
        if (warned.add(rule.slug + "|" + rule.disclaimerKey + "|" + chain)) {
            LOG.warnf("Disclaimer rule '%s' skipped: disclaimer '%s' has no version in effect in any of %s",
                    rule.slug, rule.disclaimerKey, chain);
        }
    }
}
