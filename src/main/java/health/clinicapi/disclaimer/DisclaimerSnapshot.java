package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import health.clinicapi.catalog.RegulatoryStatus;

/**
 * An immutable copy of every enabled rule, disclaimer and disclaimer version, read in three queries: what resolution
 * needs, small (a network has tens of disclaimers, not thousands) and read by every delivered article. It holds no
 * entity, so nothing a later transaction does to its session can change it.
 */
record DisclaimerSnapshot(long generation, List<Rule> rules, Map<String, List<Text>> textsByKey) {

    /** An enabled rule, in resolution order within {@link #rules}. */
    record Rule(String slug, String key, RuleCondition condition, String tag, Set<ContentType> contentTypes,
            Set<RegulatoryStatus> statuses) {
    }

    /** A disclaimer (a network default or a clinic's override) with its versions, newest effective first. */
    record Text(UUID id, UUID clinicId, String key, DisclaimerKind kind, String locale, List<Version> versions) {

        /** The version in effect at {@code at}, or null when none is yet. */
        Version effectiveAt(Instant at) {
            for (Version v : versions) {
                if (!v.effectiveFrom().isAfter(at)) {
                    return v;
                }
            }
            return null;
        }

        DisclaimerSource source() {
            return clinicId == null ? DisclaimerSource.NETWORK : DisclaimerSource.CLINIC;
        }
    }

    record Version(int number, Instant effectiveFrom, String title, String body, String shortText) {
    }

    /** Reads the snapshot; call it inside a transaction, after taking the generation it is valid for. */
    static DisclaimerSnapshot load(long generation) {
        List<Rule> rules = DisclaimerRuleEntity.enabledInOrder().stream()
                .map(r -> new Rule(r.slug, r.disclaimerKey, r.condition, r.tag, Set.copyOf(r.contentTypes()),
                        Set.copyOf(r.statusSet())))
                .toList();
        Map<UUID, List<Version>> versions = new HashMap<>();
        DisclaimerVersionEntity.<DisclaimerVersionEntity>listAll().stream()
                .sorted(Comparator.comparing((DisclaimerVersionEntity v) -> v.effectiveFrom).reversed()
                        .thenComparing(Comparator.comparingInt((DisclaimerVersionEntity v) -> v.versionNumber)
                                .reversed()))
                .forEach(v -> versions.computeIfAbsent(v.disclaimerId, id -> new ArrayList<>())
                        .add(new Version(v.versionNumber, v.effectiveFrom, v.title, v.body, v.shortText)));
        Map<String, List<Text>> byKey = new HashMap<>();
        for (DisclaimerEntity d : DisclaimerEntity.<DisclaimerEntity>listAll()) {
            byKey.computeIfAbsent(d.disclaimerKey, k -> new ArrayList<>()).add(new Text(d.id, d.clinicId,
                    d.disclaimerKey, d.kind, d.locale, List.copyOf(versions.getOrDefault(d.id, List.of()))));
        }
        byKey.replaceAll((k, texts) -> List.copyOf(texts));
        return new DisclaimerSnapshot(generation, rules, Map.copyOf(byKey));
    }

    /** The network defaults and this clinic's overrides with this key. */
    List<Text> texts(String key, UUID clinicId) {
        return textsByKey.getOrDefault(key, List.of()).stream()
                .filter(t -> t.clinicId() == null || t.clinicId().equals(clinicId)).toList();
    }
}
