package health.clinicapi.event;

import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;

/**
 * The property the changes feed rests on, made deterministic: while a transaction that recorded event n is still
 * open, a later writer of the same clinic cannot make event n+1 visible, so a reader polling {@code since} cannot
 * step over n. (A global sequence or a timestamp would fail this: the later writer commits first.)
 */
@QuarkusTest
class ChangesOrderingTest {

    @Inject
    ContentEvents events;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void a_later_writer_cannot_make_its_event_visible_before_an_open_earlier_one() throws Exception {
        String clinic = ClinicFixtures.create(uniqueSlug("chg-order")).slug();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> earlier = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                long sequence = record(clinic, "earlier");
                recorded.countDown();
                // Bounded: the test releases it long before.
                release.await(2, TimeUnit.MINUTES);
                return sequence;
            }));
            assertThat(recorded.await(2, TimeUnit.MINUTES)).as("the earlier writer recorded its event").isTrue();
            Future<Long> later = pool
                    .submit(() -> QuarkusTransaction.requiringNew().call(() -> record(clinic, "later")));
            try {
                // Gives the later writer every chance to commit; with the counter lock it waits instead.
                later.get(500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                // Expected: it queues behind the earlier transaction.
            }

            ChangesPage whileOpen = ChangesFixtures.page(clinic, null, 20);
            release.countDown();
            long first = earlier.get(2, TimeUnit.MINUTES);
            long second = later.get(2, TimeUnit.MINUTES);

            assertThat(whileOpen.items()).as("nothing visible while the earlier transaction is open").isEmpty();
            assertThat(second).as("numbered after the earlier one committed").isEqualTo(first + 1);
            assertThat(ChangesFixtures.all(clinic)).extracting(Change::sequence, Change::slug)
                    .containsExactly(tuple(first, "earlier"),
                            tuple(second, "later"));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private long record(String clinic, String slug) {
        ClinicEntity entity = ClinicEntity.findBySlug(clinic).orElseThrow();
        return events.record(entity, EventType.ARTICLE_UPDATED, ContentEvents.ARTICLE, slug, "en-US", Map.of())
                .sequence();
    }
}
