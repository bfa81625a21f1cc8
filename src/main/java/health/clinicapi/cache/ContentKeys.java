package health.clinicapi.cache;

import java.util.List;

import health.clinicapi.article.ArticleEntity;
import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.TreatmentEntity;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.disclaimer.DisclaimerEntity;
import health.clinicapi.person.PersonEntity;
import health.clinicapi.webhook.WebhookSubscriptionEntity;

/**
 * Which delivery responses a changed entity can appear in, named by the surrogate keys delivery puts on them. The
 * frequent changes (articles, clinics, people, treatments, indications, disclaimers) are matched exactly; rare
 * network-wide ones that shape many responses without a key of their own (conditions, disclaimer rules, syndication
 * grants, placements and rules, anything new) drop everything, which is always correct. Webhook subscriptions touch
 * nothing delivered.
 */
final class ContentKeys {

    private ContentKeys() {
    }

    static List<String> of(Object entity) {
        if (entity instanceof ArticleEntity a) {
            // The article wherever it is shown, and every article list, where it may appear or disappear.
            return List.of("article:" + a.translationGroup, "articles");
        } else if (entity instanceof ClinicEntity c) {
            return List.of("clinic:" + c.slug, "clinics");
        } else if (entity instanceof PersonEntity p) {
            return List.of("person:" + p.slug);
        } else if (entity instanceof TreatmentEntity t) {
            return List.of("treatment:" + t.slug, "treatments");
        } else if (entity instanceof IndicationEntity i) {
            return List.of("indication:" + i.slug, "indications");
        } else if (entity instanceof DisclaimerEntity d) {
            return List.of("disclaimer:" + d.disclaimerKey, "disclaimers");
        } else if (entity instanceof WebhookSubscriptionEntity) {
            // Webhook settings are never part of a delivered response.
            return List.of();
        }
        return List.of(DeliveryCache.ALL);
    }
}
