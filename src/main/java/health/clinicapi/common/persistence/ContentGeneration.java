package health.clinicapi.common.persistence;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

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
}
