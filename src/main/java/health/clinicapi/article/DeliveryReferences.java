package health.clinicapi.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import io.quarkus.narayana.jta.QuarkusTransaction;

import health.clinicapi.catalog.ConditionEntity;
import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.catalog.TreatmentEntity;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.common.persistence.ContentGeneration;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.person.PersonEntity;
import health.clinicapi.syndication.PlacementState;

/**
 * What delivered articles point to, in memory: every clinic, person, treatment, condition and indication (with its
 * treatment, condition, reviewer and regulatory statuses), and which clinics syndicate onto which, as of a content
 * generation. A network has hundreds of these, not the tens of thousands of articles that reference them, so a cold
 * article read fetches its own row and takes the rest from here instead of loading the same few catalog entries in
 * every request.
 * <p>
 * The entities are detached copies read in a session and transaction of their own, with every association delivery
 * follows fetched; they are shared by every request and must only be read. Like the disclaimer snapshot, a copy is
 * current while the content generation it was read at is: any committed change (here or, through the cache's
 * notices, on another replica) makes the next reader load a new one.
 */
@ApplicationScoped
public class DeliveryReferences {

    /** How long a failed load is answered with its failure before the database is asked again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final ContentGeneration generation;
    private final SessionFactory sessions;
    private final EntityManager em;
    private volatile Snapshot snapshot;
    /** The last load that failed, guarded by this object's lock. */
    private Failure lastFailure;

    public DeliveryReferences(ContentGeneration generation, SessionFactory sessions, EntityManager em) {
        this.generation = generation;
        this.sessions = sessions;
        this.em = em;
    }

    /** The references of the current content generation, read now if the copy held is older. */
    public Snapshot current() {
        long now = generation.current();
        Snapshot held = snapshot;
        if (held != null && held.generation() == now) {
            return held;
        }
        return reload(now, held);
    }

    /**
     * A newer copy than {@code seen}, for a reader that met an id {@code seen} does not know: something created after
     * it was read (its commit moves the generation a moment later), so read again now.
     */
    Snapshot after(Snapshot seen) {
        return reload(generation.current(), seen);
    }

    /**
     * Reads a copy unless another thread already replaced {@code stale}. One reader at a time, in the caller's
     * transaction when there is one (so on the connection it already holds, never a second one), else in one of its
     * own. A copy read in a transaction that may have written is that caller's alone: it could hold uncommitted
     * changes, which must never reach other requests.
     */
    private Snapshot reload(long at, Snapshot stale) {
        if (!ContentGeneration.shareable(em)) {
            return load(at);
        }
        synchronized (this) {
            Snapshot held = snapshot;
            if (held == null || held == stale || held.generation() < at) {
                held = loadOrFailFast(at);
                snapshot = held;
            }
            return held;
        }
    }

    /**
     * Loads, unless a load failed less than {@link #RETRY_AFTER} ago: then that failure is thrown again at once. While
     * the database is away, requests queued behind this one's lock would otherwise each wait out their own connection
     * attempt in turn; they answer 503 at once instead (the failure names the database as its cause).
     */
    private Snapshot loadOrFailFast(long at) {
        Failure failed = lastFailure;
        if (failed != null && System.nanoTime() - failed.at() < RETRY_AFTER.toNanos()) {
            throw failed.error();
        }
        try {
            Snapshot loaded = load(at);
            lastFailure = null;
            return loaded;
        } catch (RuntimeException e) {
            lastFailure = new Failure(e, System.nanoTime());
            throw e;
        }
    }

    private record Failure(RuntimeException error, long at) {
    }

    /** Generation first, then the database: a change committing meanwhile moves the generation past this copy. */
    private Snapshot load(long at) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Session session = sessions.openSession()) {
                session.setDefaultReadOnly(true);
                List<ClinicEntity> clinics = session
                        .createSelectionQuery("from ClinicEntity", ClinicEntity.class).getResultList();
                List<PersonEntity> people = session
                        .createSelectionQuery("from PersonEntity", PersonEntity.class).getResultList();
                List<TreatmentEntity> treatments = session
                        .createSelectionQuery("from TreatmentEntity", TreatmentEntity.class).getResultList();
                List<ConditionEntity> conditions = session
                        .createSelectionQuery("from ConditionEntity", ConditionEntity.class).getResultList();
                List<IndicationEntity> indications = session.createSelectionQuery("""
                        select distinct i from IndicationEntity i join fetch i.treatment join fetch i.condition
                        left join fetch i.reviewer left join fetch i.regulatoryStatuses""", IndicationEntity.class)
                        .getResultList();
                Map<UUID, List<UUID>> origins = new HashMap<>();
                session.createSelectionQuery("""
                        select distinct p.target.id, p.origin.id from SyndicationPlacementEntity p
                        where p.state = :active""", Object[].class).setParameter("active", PlacementState.ACTIVE)
                        .getResultList()
                        .forEach(pair -> origins.computeIfAbsent((UUID) pair[0], t -> new ArrayList<>())
                                .add((UUID) pair[1]));
                origins.replaceAll((target, list) -> List.copyOf(list));
                return new Snapshot(at, byId(clinics, c -> c.id), bySlug(clinics), byId(people, p -> p.id),
                        byId(treatments, t -> t.id), byId(conditions, c -> c.id), byId(indications, i -> i.id),
                        Map.copyOf(origins));
            }
        });
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return Map.copyOf(map);
    }

    private static Map<String, ClinicEntity> bySlug(List<ClinicEntity> clinics) {
        Map<String, ClinicEntity> map = new HashMap<>();
        clinics.forEach(c -> map.put(c.slug, c));
        return Map.copyOf(map);
    }

    /** One copy of the references; its maps are immutable and its entities read-only. */
    public record Snapshot(long generation, Map<UUID, ClinicEntity> clinics, Map<String, ClinicEntity> clinicsBySlug,
            Map<UUID, PersonEntity> people, Map<UUID, TreatmentEntity> treatments,
            Map<UUID, ConditionEntity> conditions, Map<UUID, IndicationEntity> indications,
            Map<UUID, List<UUID>> syndicationOrigins) {

        /** The clinics with an ACTIVE placement on {@code target}: where its syndicated articles come from. */
        public List<UUID> originsOf(UUID target) {
            return syndicationOrigins.getOrDefault(target, List.of());
        }

        /** The clinic with {@code slug}, or a 404 problem. */
        public ClinicEntity clinic(String slug) {
            ClinicEntity clinic = clinicsBySlug.get(slug);
            if (clinic == null) {
                throw ApiException.notFound("clinic", slug);
            }
            return clinic;
        }
    }
}
