package health.clinicapi.article;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import health.clinicapi.catalog.ConditionEntity;
import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.catalog.RegulatoryStatusEntry;
import health.clinicapi.catalog.TreatmentCategory;
import health.clinicapi.catalog.TreatmentEntity;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.jsonld.ArticleJsonLd;
import health.clinicapi.jsonld.ArticleLdSource;
import health.clinicapi.jsonld.ConditionLd;
import health.clinicapi.jsonld.IndicationLd;
import health.clinicapi.jsonld.PersonLd;
import health.clinicapi.jsonld.PublisherLd;
import health.clinicapi.jsonld.TreatmentLd;
import health.clinicapi.person.PersonEntity;

/** Describes a delivered article to the JSON-LD builder, with regulatory facts as the showing clinic sees them. */
final class ArticleLd {

    /** Categories that are medicines (schema.org Drug); the rest are procedures (MedicalTherapy). */
    private static final EnumSet<TreatmentCategory> DRUGS = EnumSet.of(TreatmentCategory.NEUROMODULATOR,
            TreatmentCategory.TOPICAL, TreatmentCategory.ORAL_MEDICATION);

    private ArticleLd() {
    }

    /**
     * @param title, description and heroUrl as the showing clinic delivers them (overrides applied, variables
     *        resolved)
     */
    static ObjectNode of(ArticleEntity a, ClinicEntity clinic, String canonicalUrl, String title, String description,
            String heroUrl) {
        Map<String, ConditionEntity> conditions = new TreeMap<>();
        a.indications.forEach(i -> conditions.put(i.condition.slug, i.condition));
        List<TreatmentLd> treatments = ArticleDelivery.treatmentsOf(a).stream()
                .map(t -> treatment(t, a, clinic)).toList();
        var contact = clinic.contact;
        var source = new ArticleLdSource(canonicalUrl, title, description, a.locale, heroUrl, a.publishedAt,
                a.updatedAt, a.lastReviewedAt,
                person(a.author), person(a.medicalReviewer),
                new PublisherLd(clinic.name, clinic.baseUrl, contact == null ? null : contact.phone,
                        contact == null ? null : contact.email, contact == null ? null : contact.city,
                        contact == null ? null : contact.country),
                conditions.values().stream()
                        .map(c -> new ConditionLd(c.slug, c.name, c.synonyms, c.icd10)).toList(),
                treatments, a.tags.stream().sorted().toList(), a.wordCount);
        return ArticleJsonLd.build(source, JsonNodeFactory.instance);
    }

    private static PersonLd person(PersonEntity p) {
        return p == null
                ? null
                : new PersonLd(p.name, p.credentials.isEmpty() ? null : String.join(", ", p.credentials), p.title,
                        p.profileUrl);
    }

    /** The treatment with the article's indications of it; approved only where approved in the clinic's jurisdiction. */
    private static TreatmentLd treatment(TreatmentEntity t, ArticleEntity a, ClinicEntity clinic) {
        List<IndicationLd> uses = a.indications.stream().filter(i -> i.treatment.slug.equals(t.slug))
                .sorted((x, y) -> x.slug.compareTo(y.slug)).map(i -> use(i, clinic)).toList();
        return new TreatmentLd(t.slug, DRUGS.contains(t.category) ? TreatmentLd.DRUG : TreatmentLd.MEDICAL_THERAPY,
                t.name, t.genericName, t.brandNames, uses);
    }

    private static IndicationLd use(IndicationEntity i, ClinicEntity clinic) {
        RegulatoryStatusEntry approval = i.entriesIn(clinic.jurisdiction).stream()
                .filter(e -> e.status() == RegulatoryStatus.APPROVED).findFirst().orElse(null);
        return approval == null
                ? new IndicationLd(i.condition.name, false, null, null)
                : new IndicationLd(i.condition.name, true, approval.product(), approval.approvalYear());
    }
}
