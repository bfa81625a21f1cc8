package health.clinicapi.syndication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.persistence.VersionedEntity;

/** Permission for the origin clinic's articles to be placed on the target clinic's site, as stored. */
@Entity
@Table(name = "syndication_grant")
@NamedQuery(name = "Grant.pair", query = "from SyndicationGrantEntity g where g.origin.id = ?1 and g.target.id = ?2")
@NamedQuery(name = "Grant.page", query = """
        from SyndicationGrantEntity g join fetch g.origin join fetch g.target
        where g.id > ?1 order by g.id""")
public class SyndicationGrantEntity extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_clinic_id")
    public ClinicEntity origin;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_clinic_id")
    public ClinicEntity target;

    static Optional<SyndicationGrantEntity> findPair(UUID originId, UUID targetId) {
        return find("#Grant.pair", originId, targetId).firstResultOptional();
    }

    static boolean exists(UUID originId, UUID targetId) {
        return findPair(originId, targetId).isPresent();
    }

    /** Keyset page by id: {@code limit} rows after {@code afterId}. */
    static List<SyndicationGrantEntity> pageAfter(UUID afterId, int limit) {
        return find("#Grant.page", afterId).range(0, limit - 1).list();
    }
}
