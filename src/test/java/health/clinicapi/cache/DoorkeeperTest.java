package health.clinicapi.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The doorkeeper remembers the URIs asked for recently, rarely mistakes a new one for a repeat, and ages. */
class DoorkeeperTest {

    @Test
    void tells_a_repeated_uri_from_a_new_one() {
        Doorkeeper doorkeeper = new Doorkeeper();

        assertThat(doorkeeper.recordAndCheck("/v1/clinics/a/articles/x")).isFalse();
        assertThat(doorkeeper.recordAndCheck("/v1/clinics/a/articles/y")).isFalse();
        assertThat(doorkeeper.recordAndCheck("/v1/clinics/a/articles/x")).isTrue();
        assertThat(doorkeeper.recordAndCheck("/v1/clinics/a/articles/y")).isTrue();
    }

    @Test
    void takes_few_new_uris_for_repeats_when_nearly_full() {
        Doorkeeper doorkeeper = new Doorkeeper();
        int recorded = Doorkeeper.CAPACITY - 1_001;
        IntStream.range(0, recorded).forEach(i -> doorkeeper.recordAndCheck("/v1/clinics/c/articles/a-" + i));

        long mistaken = IntStream.range(0, 1_000)
                .filter(i -> doorkeeper.recordAndCheck("/v1/clinics/c/articles/other-" + i)).count();

        // Three probes in 2^20 bits with 2^16 URIs recorded: about 0.5% false positives.
        assertThat(mistaken).isLessThan(20);
        assertThat(doorkeeper.recordAndCheck("/v1/clinics/c/articles/a-0")).as("still remembered").isTrue();
    }

    @Test
    void forgets_everything_once_it_has_recorded_its_capacity() {
        Doorkeeper doorkeeper = new Doorkeeper();
        doorkeeper.recordAndCheck("/first");
        // A URI taken for a repeat is not counted as recorded: a little more than the capacity makes it forget.
        IntStream.range(0, Doorkeeper.CAPACITY + 1_000)
                .forEach(i -> doorkeeper.recordAndCheck("/v1/clinics/c?page=" + i));

        assertThat(doorkeeper.recordAndCheck("/first")).isFalse();
    }
}
