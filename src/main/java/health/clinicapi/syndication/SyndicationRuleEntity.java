package health.clinicapi.syndication;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.persistence.VersionedEntity;

/** A subscription rule as stored: published articles of the origin with the tag go to every target clinic. */
@Entity
@Table(name = "syndication_rule")
@NamedQuery(name = "Rule.ofOrigin", query = """
        from SyndicationRuleEntity r join fetch r.origin where r.origin.id = ?1 and r.id > ?2 order by r.id""")
@NamedQuery(name = "Rule.ofOriginWithTags", query = """
        from SyndicationRuleEntity r join fetch r.origin where r.origin.id = ?1 and r.tag in ?2 order by r.id""")
@NamedQuery(name = "Rule.byTag", query = "from SyndicationRuleEntity r where r.origin.id = ?1 and r.tag = ?2")
public class SyndicationRuleEntity extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_clinic_id")
    public ClinicEntity origin;
    @Column(name = "tag")
    public String tag;
    @ManyToMany
    @JoinTable(name = "syndication_rule_target", joinColumns = @JoinColumn(name = "rule_id"), inverseJoinColumns = @JoinColumn(name = "target_clinic_id"))
    @BatchSize(size = 100)
    public Set<ClinicEntity> targets = new HashSet<>();

    static List<SyndicationRuleEntity> pageOfOrigin(UUID originId, UUID afterId, int limit) {
        return find("#Rule.ofOrigin", originId, afterId).range(0, limit - 1).list();
    }

    static List<SyndicationRuleEntity> ofOriginWithTags(UUID originId, Set<String> tags) {
        return tags.isEmpty() ? List.of() : find("#Rule.ofOriginWithTags", originId, tags).list();
    }

    static boolean tagTaken(UUID originId, String tag) {
        return find("#Rule.byTag", originId, tag).firstResultOptional().isPresent();
    }
}
