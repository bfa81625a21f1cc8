package health.clinicapi.article;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.disclaimer.ContentFacts;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerResolver;
import health.clinicapi.disclaimer.ResolvedDisclaimers;

/** Describes an article to the disclaimer resolver, inside one transaction so its indications' statuses load. */
@ApplicationScoped
public class ArticleDisclaimers {

    private final DisclaimerResolver resolver;

    public ArticleDisclaimers(DisclaimerResolver resolver) {
        this.resolver = resolver;
    }

    @Transactional
    public ResolvedDisclaimers resolve(UUID clinicId, String slug, String locale, Instant at) {
        ClinicEntity clinic = ArticleService.clinic(clinicId);
        ArticleEntity article = ArticleService.require(clinic, slug, locale);
        return new ResolvedDisclaimers(resolver.resolve(clinic, factsOf(article, clinic), at));
    }

    /** The article's own facts; each indication counts with its statuses where the clinic practises. */
    static ContentFacts factsOf(ArticleEntity article, ClinicEntity clinic) {
        Set<RegulatoryStatus> statuses = EnumSet.noneOf(RegulatoryStatus.class);
        boolean someWithoutStatus = false;
        for (IndicationEntity indication : article.indications) {
            Set<RegulatoryStatus> here = indication.statusIn(clinic.jurisdiction);
            statuses.addAll(here);
            someWithoutStatus |= here.isEmpty();
        }
        return new ContentFacts(ContentType.ARTICLE, article.healthContent, article.locale, statuses,
                someWithoutStatus, article.tags);
    }
}
