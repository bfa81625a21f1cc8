package health.clinicapi.disclaimer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.common.persistence.StringListConverter;
import health.clinicapi.common.persistence.VersionedEntity;

/** A disclaimer rule as stored; sets of enums are comma lists of their names. */
@Entity
@Table(name = "disclaimer_rule")
@NamedQuery(name = "DisclaimerRule.page", query = "from DisclaimerRuleEntity r where r.slug > ?1 order by r.slug")
@NamedQuery(name = "DisclaimerRule.enabled", query = """
        from DisclaimerRuleEntity r where r.enabled = true order by r.displayOrder, r.disclaimerKey, r.slug""")
@NamedQuery(name = "DisclaimerRule.countForKey", query = """
        select count(r) from DisclaimerRuleEntity r where r.disclaimerKey = ?1""")
public class DisclaimerRuleEntity extends VersionedEntity {

    public String slug;
    @Column(name = "disclaimer_key")
    public String disclaimerKey;
    @Column(name = "applies_to")
    @Convert(converter = StringListConverter.class)
    public List<String> appliesTo;
    @Column(name = "condition_type")
    @Enumerated(EnumType.STRING)
    public RuleCondition condition;
    @Convert(converter = StringListConverter.class)
    public List<String> statuses;
    public String tag;
    @Column(name = "display_order")
    public int displayOrder;
    public boolean enabled;

    public static Optional<DisclaimerRuleEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    static List<DisclaimerRuleEntity> pageAfter(String afterSlug, int limit) {
        return find("#DisclaimerRule.page", afterSlug == null ? "" : afterSlug).range(0, limit - 1).list();
    }

    /** Enabled rules in resolution order: display order, then disclaimer key, then slug. */
    static List<DisclaimerRuleEntity> enabledInOrder() {
        return find("#DisclaimerRule.enabled").list();
    }

    static long countForKey(String key) {
        return count("#DisclaimerRule.countForKey", key);
    }

    Set<ContentType> contentTypes() {
        Set<ContentType> types = EnumSet.noneOf(ContentType.class);
        appliesTo.forEach(t -> types.add(ContentType.valueOf(t)));
        return types;
    }

    Set<RegulatoryStatus> statusSet() {
        Set<RegulatoryStatus> set = EnumSet.noneOf(RegulatoryStatus.class);
        statuses.forEach(s -> set.add(RegulatoryStatus.valueOf(s)));
        return set;
    }

    void apply(DisclaimerRuleInput in) {
        slug = in.slug();
        disclaimerKey = in.disclaimerKey();
        appliesTo = EnumSet.copyOf(in.appliesTo()).stream().map(Enum::name).toList();
        condition = in.condition();
        statuses = in.statuses() == null || in.statuses().isEmpty()
                ? List.of()
                : EnumSet.copyOf(in.statuses()).stream().map(Enum::name).toList();
        tag = in.tag();
        displayOrder = in.displayOrder();
        enabled = in.enabled() == null || in.enabled();
    }

}
