package health.clinicapi.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.paging.Page;
import health.clinicapi.disclaimer.ContentFacts;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerResolver;
import health.clinicapi.disclaimer.ResolvedDisclaimer;

/** Builds the per-clinic view of indications: status in the clinic's jurisdiction and the disclaimers it requires. */
@ApplicationScoped
public class ClinicIndications {

    private final IndicationService indications;
    private final DisclaimerResolver resolver;

    public ClinicIndications(IndicationService indications, DisclaimerResolver resolver) {
        this.indications = indications;
        this.resolver = resolver;
    }

    /** In one transaction, so the indication's lazily loaded statuses are read in the same session. */
    @Transactional
    public ClinicIndication one(ClinicEntity clinic, String slug, String locale) {
        return view(clinic, indications.require(slug), locale, new HashMap<>(), Instant.now());
    }

    /** A page of the catalog's indications as this clinic shows them; status filters apply in its jurisdiction. */
    @Transactional
    public Page<ClinicIndication> page(ClinicEntity clinic, String treatment, String condition,
            RegulatoryStatus status, String locale, String cursor, int limit) {
        var filter = new IndicationFilter(treatment, condition, status, status == null ? null : clinic.jurisdiction);
        Page<IndicationEntity> page = indications.pageOfEntities(filter, cursor, limit);
        // Disclaimers depend only on the facts, which few distinct status sets share: resolve each set once.
        Map<ContentFacts, List<ResolvedDisclaimer>> resolved = new HashMap<>();
        Instant now = Instant.now();
        return new Page<>(page.items().stream().map(i -> view(clinic, i, locale, resolved, now)).toList(),
                page.nextCursor());
    }

    /**
     * These indications as the clinic shows them, ordered by slug; call inside a transaction (statuses load lazily).
     */
    public List<ClinicIndication> views(ClinicEntity clinic, java.util.Collection<IndicationEntity> list,
            String locale) {
        Map<ContentFacts, List<ResolvedDisclaimer>> resolved = new HashMap<>();
        Instant now = Instant.now();
        return list.stream().sorted(java.util.Comparator.comparing((IndicationEntity i) -> i.slug))
                .map(i -> view(clinic, i, locale, resolved, now)).toList();
    }

    private ClinicIndication view(ClinicEntity clinic, IndicationEntity indication, String locale,
            Map<ContentFacts, List<ResolvedDisclaimer>> resolved, Instant at) {
        ContentFacts facts = factsOf(indication, clinic, locale);
        List<ResolvedDisclaimer> disclaimers = resolved.computeIfAbsent(facts, f -> resolver.resolve(clinic, f, at));
        return new ClinicIndication(Indication.from(indication), indication.entriesIn(clinic.jurisdiction),
                facts.indicationStatuses().contains(RegulatoryStatus.APPROVED), disclaimers);
    }

    /** An indication is health content; what matters is its status where the clinic practises. */
    public static ContentFacts factsOf(IndicationEntity indication, ClinicEntity clinic, String locale) {
        Set<RegulatoryStatus> statuses = indication.statusIn(clinic.jurisdiction);
        return new ContentFacts(ContentType.INDICATION, true, locale, statuses, statuses.isEmpty(), Set.of());
    }
}
