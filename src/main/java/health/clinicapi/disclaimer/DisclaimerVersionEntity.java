package health.clinicapi.disclaimer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** One version of a disclaimer's content. Written once, never changed: Hibernate ignores updates to it. */
@Entity
@Immutable
@Table(name = "disclaimer_version")
@NamedQuery(name = "DisclaimerVersion.page", query = """
        from DisclaimerVersionEntity v where v.disclaimerId = :disclaimer and v.versionNumber > :after
        order by v.versionNumber""")
@NamedQuery(name = "DisclaimerVersion.effective", query = """
        from DisclaimerVersionEntity v where v.disclaimerId in :disclaimers and v.effectiveFrom <= :at
        order by v.effectiveFrom desc, v.versionNumber desc""")
@NamedQuery(name = "DisclaimerVersion.inEffect", query = """
        from DisclaimerVersionEntity v where v.effectiveFrom <= :at
        and v.disclaimerId in (select d.id from DisclaimerEntity d where d.scope in :scopes)
        and not exists (select 1 from DisclaimerVersionEntity w where w.disclaimerId = v.disclaimerId
        and w.effectiveFrom <= :at and (w.effectiveFrom > v.effectiveFrom
        or (w.effectiveFrom = v.effectiveFrom and w.versionNumber > v.versionNumber)))""")
@NamedQuery(name = "DisclaimerVersion.ofScope", query = """
        select v from DisclaimerVersionEntity v where v.disclaimerId in
        (select d.id from DisclaimerEntity d where d.scope = ?1) order by v.disclaimerId, v.versionNumber""")
public class DisclaimerVersionEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "disclaimer_id")
    public UUID disclaimerId;
    @Column(name = "version_number")
    public int versionNumber;
    public String title;
    public String body;
    @Column(name = "short_text")
    public String shortText;
    @Column(name = "effective_from")
    public Instant effectiveFrom;
    @Column(name = "created_at")
    public Instant createdAt;

    static Optional<DisclaimerVersionEntity> findByNumber(UUID disclaimerId, int number) {
        return find("disclaimerId = ?1 and versionNumber = ?2", disclaimerId, number).firstResultOptional();
    }

    static List<DisclaimerVersionEntity> page(UUID disclaimerId, int afterNumber, int limit) {
        return find("#DisclaimerVersion.page", Parameters.with("disclaimer", disclaimerId).and("after", afterNumber))
                .range(0, limit - 1).list();
    }

    /** Every version of a clinic's overrides (or of the network defaults for null), by disclaimer, oldest first. */
    static List<DisclaimerVersionEntity> allIn(UUID clinicId) {
        return find("#DisclaimerVersion.ofScope", DisclaimerEntity.scopeOf(clinicId)).list();
    }

    /**
     * The version in effect at {@code at} of every disclaimer the clinic can show (see
     * {@link DisclaimerEntity#shownBy}): the newest effective one, the higher number on a tie. Disclaimers with no
     * version in effect yet have none.
     */
    static List<DisclaimerVersionEntity> inEffectFor(UUID clinicId, Instant at) {
        return find("#DisclaimerVersion.inEffect", Parameters
                .with("scopes", List.of(DisclaimerEntity.NETWORK, DisclaimerEntity.scopeOf(clinicId))).and("at", at))
                .list();
    }

    /**
     * Versions of these disclaimers in effect at or before {@code at}, newest first: the first one per disclaimer is
     * its current version (greatest effectiveFrom, the later-written one on a tie).
     */
    static List<DisclaimerVersionEntity> effectiveAt(Collection<UUID> disclaimerIds, Instant at) {
        if (disclaimerIds.isEmpty()) {
            return List.of();
        }
        return find("#DisclaimerVersion.effective", Parameters.with("disclaimers", disclaimerIds).and("at", at))
                .list();
    }
}
