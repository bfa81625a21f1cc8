package health.clinicapi.common.http;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import health.clinicapi.common.problem.ApiException;

/**
 * How many pages of articles (lists and searches not served from the delivery cache) are rendered at once. A page of
 * twenty whole articles takes about 3 MB of heap while it is read, built and written; thirty-two of them at once took
 * more than a 512 MiB pod's heap has, and the JVM ran out of memory. Rendering is bound by CPU, so running more pages
 * at once than there are cores finishes none sooner: requests beyond the bound wait for a turn, in arrival order, and
 * one that waited longer than {@code clinicapi.delivery.page-renders.wait} is answered 503 with {@code Retry-After}.
 * Single articles and everything the cache serves do not wait here.
 */
@ApplicationScoped
public class PageRenders {

    /** Seconds a client should wait before asking again after a 503 from here. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private final Semaphore turns;
    private final int max;
    private final Duration wait;

    public PageRenders(@ConfigProperty(name = "clinicapi.delivery.page-renders.max") OptionalInt max,
            @ConfigProperty(name = "clinicapi.delivery.page-renders.wait", defaultValue = "10s") Duration wait) {
        this.max = max.orElse(2 * Runtime.getRuntime().availableProcessors());
        if (this.max < 1) {
            throw new IllegalArgumentException("clinicapi.delivery.page-renders.max must be at least 1");
        }
        this.turns = new Semaphore(this.max, true);
        this.wait = wait;
    }

    /** How many pages may be rendered at once. */
    public int max() {
        return max;
    }

    /** Runs {@code render} when a turn is free; a 503 problem when none was free within the wait. */
    public <T> T render(Supplier<T> render) {
        boolean turn;
        try {
            turn = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw ApiException.unavailable(
                    "Too many article pages are being rendered right now; retry after the seconds in Retry-After.",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return render.get();
        } finally {
            turns.release();
        }
    }
}
