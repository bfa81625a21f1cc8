package health.clinicapi.disclaimer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.quarkus.panache.common.Parameters;

import health.clinicapi.common.persistence.VersionedEntity;

/** A disclaimer (network default or clinic override) in one locale, as stored; its content lives in versions. */
@Entity
@Table(name = "disclaimer")
@NamedQuery(name = "Disclaimer.page", query = """
        from DisclaimerEntity d where d.scope = :scope
          and (:key = '' or d.disclaimerKey = :key) and (:locale = '' or d.locale = :locale)
          and (d.disclaimerKey > :afterKey or (d.disclaimerKey = :afterKey and d.locale > :afterLocale))
        order by d.disclaimerKey, d.locale""")
@NamedQuery(name = "Disclaimer.countNetworkKey", query = """
        select count(d) from DisclaimerEntity d where d.scope = 'network' and d.disclaimerKey = :key""")
@NamedQuery(name = "Disclaimer.ofScope", query = """
        from DisclaimerEntity d where d.scope = ?1""")
public class DisclaimerEntity extends VersionedEntity {

    /** The {@code scope} of network defaults; a clinic override's scope is its clinic's id. */
    static final String NETWORK = "network";

    public String scope;
    @Column(name = "clinic_id")
    public UUID clinicId;
    @Column(name = "disclaimer_key")
    public String disclaimerKey;
    @Enumerated(EnumType.STRING)
    public DisclaimerKind kind;
    public String locale;
    /** Number of the newest version written (not necessarily the one in effect). */
    @Column(name = "latest_number")
    public int latestNumber;

    static String scopeOf(UUID clinicId) {
        return clinicId == null ? NETWORK : clinicId.toString();
    }

    DisclaimerSource source() {
        return clinicId == null ? DisclaimerSource.NETWORK : DisclaimerSource.CLINIC;
    }

    static Optional<DisclaimerEntity> findIn(UUID clinicId, String key, String locale) {
        return find("scope = ?1 and disclaimerKey = ?2 and locale = ?3", scopeOf(clinicId), key, locale)
                .firstResultOptional();
    }

    /** Keyset page ordered by (key, locale), optionally filtered; empty strings mean "no filter" / "from the start". */
    static List<DisclaimerEntity> page(UUID clinicId, String key, String locale, String afterKey,
            String afterLocale, int limit) {
        return find("#Disclaimer.page", Parameters.with("scope", scopeOf(clinicId)).and("key", key)
                .and("locale", locale).and("afterKey", afterKey).and("afterLocale", afterLocale))
                .range(0, limit - 1).list();
    }

    /** Keys of the network defaults and the clinic's overrides, sorted. */
    static List<String> keysFor(UUID clinicId) {
        return find("select distinct d.disclaimerKey from DisclaimerEntity d where d.scope in ?1 order by 1",
                List.of(NETWORK, scopeOf(clinicId))).project(String.class).list();
    }

    /** A clinic's overrides (or the network defaults for null), in no particular order. */
    static List<DisclaimerEntity> allIn(UUID clinicId) {
        return find("#Disclaimer.ofScope", scopeOf(clinicId)).list();
    }

    static boolean networkDefaultExists(String key) {
        return count("#Disclaimer.countNetworkKey", Parameters.with("key", key)) > 0;
    }

}
