package health.clinicapi.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Exponential backoff with full jitter, without a clock or randomness of its own. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void doubles_the_ceiling_with_every_failure_up_to_the_cap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(backoff.ceiling(8)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void draws_the_delay_uniformly_between_zero_and_the_ceiling() {
        assertThat(backoff.delay(3, 0.0)).isZero();
        assertThat(backoff.delay(3, 0.25)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(3, 0.999_999)).isLessThan(Duration.ofSeconds(120))
                .isGreaterThan(Duration.ofSeconds(119));
    }
}
