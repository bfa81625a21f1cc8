package health.clinicapi.syndication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import health.clinicapi.article.ArticleConverters;
import health.clinicapi.article.HeroImage;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.persistence.VersionedEntity;

/**
 * One origin article (its whole translation group) placed on one target clinic, as stored: the per-target state and
 * overrides. The content itself is always read live from the origin article.
 */
@Entity
@Table(name = "syndication_placement")
@NamedQuery(name = "Placement.ofTarget", query = """
        from SyndicationPlacementEntity p join fetch p.origin join fetch p.target
        where p.target.id = ?1 and p.id > ?2 order by p.id""")
@NamedQuery(name = "Placement.ofTargetInState", query = """
        from SyndicationPlacementEntity p join fetch p.origin join fetch p.target
        where p.target.id = ?1 and p.state = ?3 and p.id > ?2 order by p.id""")
@NamedQuery(name = "Placement.byGroup", query = """
        from SyndicationPlacementEntity p where p.target.id = ?1 and p.origin.id = ?2 and p.translationGroup = ?3""")
@NamedQuery(name = "Placement.anyBySlug", query = """
        from SyndicationPlacementEntity p where p.target.id = ?1 and (p.slugOverride = ?2 or (p.slugOverride is null
        and exists (select 1 from ArticleEntity a where a.clinic.id = p.origin.id
        and a.translationGroup = p.translationGroup and a.slug = ?2)))""")
@NamedQuery(name = "Placement.betweenPair", query = "from SyndicationPlacementEntity p where p.origin.id = ?1 and p.target.id = ?2")
public class SyndicationPlacementEntity extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_clinic_id")
    public ClinicEntity origin;
    @Column(name = "translation_group")
    public UUID translationGroup;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_clinic_id")
    public ClinicEntity target;
    @Enumerated(EnumType.STRING)
    public PlacementState state;
    @Column(name = "title_override")
    public String titleOverride;
    @Column(name = "excerpt_override")
    public String excerptOverride;
    @Column(name = "slug_override")
    public String slugOverride;
    @Column(name = "hero_override")
    @Convert(converter = ArticleConverters.Hero.class)
    public HeroImage heroOverride;
    /** The subscription rule that created the placement; null for a manual one. */
    @Column(name = "rule_id")
    public UUID ruleId;

    /** Keyset page of the target's placements by id, optionally in one state, {@code limit} rows after {@code afterId}. */
    static List<SyndicationPlacementEntity> pageOfTarget(UUID targetId, PlacementState state, UUID afterId,
            int limit) {
        var query = state == null
                ? find("#Placement.ofTarget", targetId, afterId)
                : find("#Placement.ofTargetInState", targetId, afterId, state);
        return query.range(0, limit - 1).list();
    }

    static Optional<SyndicationPlacementEntity> findByGroup(UUID targetId, UUID originId, UUID translationGroup) {
        return find("#Placement.byGroup", targetId, originId, translationGroup).firstResultOptional();
    }

    /** Placements of the target in any state that show {@code slug}. */
    static List<SyndicationPlacementEntity> anyBySlug(UUID targetId, String slug) {
        return find("#Placement.anyBySlug", targetId, slug).list();
    }

    static List<SyndicationPlacementEntity> betweenPair(UUID originId, UUID targetId) {
        return find("#Placement.betweenPair", originId, targetId).list();
    }

    /** Names of the overridden fields, in a fixed order. */
    public List<String> overridden() {
        List<String> fields = new java.util.ArrayList<>();
        if (titleOverride != null) {
            fields.add("title");
        }
        if (excerptOverride != null) {
            fields.add("excerpt");
        }
        if (slugOverride != null) {
            fields.add("slug");
        }
        if (heroOverride != null) {
            fields.add("heroImage");
        }
        return fields;
    }
}
