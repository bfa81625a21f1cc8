package health.clinicapi.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/** The bound on pages rendered at once: a request beyond it waits its turn, and one that waits too long gets a 503. */
class PageRendersTest {

    private final PageRenders renders = new PageRenders(OptionalInt.of(1), Duration.ofMillis(100));

    /** A render that holds its turn until {@code finish} is counted down, once it has the turn. */
    private record Held(CountDownLatch finish, CompletableFuture<String> result) {

        static Held in(PageRenders renders) throws InterruptedException {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> renders.render(() -> {
                inside.countDown();
                await(finish);
                return "first";
            }));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            return new Held(finish, result);
        }
    }

    @Test
    void a_render_beyond_the_bound_waits_and_then_is_refused_with_503_and_retry_after() throws Exception {
        Held first = Held.in(renders);

        assertThatThrownBy(() -> renders.render(() -> "second")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
            assertThat(e.retryAfterSeconds()).isEqualTo(PageRenders.RETRY_AFTER_SECONDS);
        });

        first.finish().countDown();
        assertThat(first.result().get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(renders.render(() -> "third")).isEqualTo("third");
    }

    @Test
    void a_waiting_render_runs_as_soon_as_the_turn_is_free() throws Exception {
        PageRenders patient = new PageRenders(OptionalInt.of(1), Duration.ofSeconds(10));
        Held first = Held.in(patient);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> patient.render(() -> "second"));
        assertThat(second).isNotDone();

        first.finish().countDown();
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(first.result().get(5, TimeUnit.SECONDS)).isEqualTo("first");
    }

    @Test
    void a_failed_render_gives_its_turn_back() {
        assertThatThrownBy(() -> renders.render(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(renders.render(() -> "next")).isEqualTo("next");
    }

    @Test
    void the_default_bound_is_two_renders_per_core_and_must_be_positive() {
        assertThat(new PageRenders(OptionalInt.empty(), Duration.ofSeconds(1)).max())
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThatThrownBy(() -> new PageRenders(OptionalInt.of(0), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
