package health.clinicapi.common.persistence;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A number that moves whenever committed content may have changed, on this replica or (through the delivery cache's
 * invalidation notices) on another one. An in-memory copy of rarely changing data read at generation {@code g} is
 * current while {@link #current()} is still {@code g}: read the generation first, then the database.
 */
@ApplicationScoped
public class ContentGeneration {

    private final AtomicLong generation = new AtomicLong();

    public long current() {
        return generation.get();
    }

    /** Called after a change committed (or was announced by another replica), never before. */
    public void advance() {
        generation.incrementAndGet();
    }

    /**
     * Whether a copy read now may be kept for other requests: read outside a transaction, or in a {@link ReadOnly}
     * one, it holds committed data only. A transaction that may have written could see its own uncommitted changes,
     * which must never reach another request.
     */
    public static boolean shareable(EntityManager em) {
        return !QuarkusTransaction.isActive() || em.unwrap(Session.class).isDefaultReadOnly();
    }
}
