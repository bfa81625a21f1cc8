package health.clinicapi.event;

import static health.clinicapi.article.ArticleFixtures.publishable;
import static health.clinicapi.clinic.ClinicFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import health.clinicapi.article.Article;
import health.clinicapi.article.ArticleFixtures;
import health.clinicapi.catalog.CatalogFixtures;
import health.clinicapi.clinic.ClinicFixtures;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/**
 * Completeness under concurrent writes: writers publish and update articles of one clinic through the API while a
 * reader polls the feed with {@code since}; the reader must end up with every event exactly once, in order.
 */
@QuarkusTest
class ChangesFeedConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int ARTICLES_PER_WRITER = 6;
    /** Each article is published once and updated once. */
    private static final int EVENTS = WRITERS * ARTICLES_PER_WRITER * 2;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void a_polling_reader_sees_every_event_once_in_order_while_writers_run() throws Exception {
        String clinic = ClinicFixtures.create(uniqueSlug("chg-conc")).slug();
        String reviewer = uniqueSlug("chg-conc-r");
        CatalogFixtures.createPerson(reviewer, true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> write(clinic, reviewer, writer)));
            }
            Future<List<Change>> reader = pool.submit(() -> read(clinic, writers));
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            List<Change> seen = reader.get(5, TimeUnit.MINUTES);

            assertThat(seen).extracting(Change::sequence)
                    .as("every number once, in order, no gaps")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, EVENTS).boxed().toList());
            Set<String> expected = new HashSet<>();
            for (int w = 0; w < WRITERS; w++) {
                for (int a = 0; a < ARTICLES_PER_WRITER; a++) {
                    expected.add("article.published " + slug(w, a));
                    expected.add("article.updated " + slug(w, a));
                }
            }
            assertThat(seen).extracting(c -> c.type() + " " + c.slug()).containsExactlyInAnyOrderElementsOf(expected);
            for (int w = 0; w < WRITERS; w++) {
                String first = slug(w, 0);
                assertThat(seen).filteredOn(c -> c.slug().equals(first)).extracting(Change::type)
                        .as("an article's own events keep their order").containsExactly("article.published",
                                "article.updated");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String slug(int writer, int article) {
        return "w" + writer + "-a" + article;
    }

    private static void write(String clinic, String reviewer, int writer) {
        for (int a = 0; a < ARTICLES_PER_WRITER; a++) {
            Article live = ArticleFixtures.published(clinic, publishable(slug(writer, a), reviewer));
            Keys.asAdmin().header("If-Match", "\"" + live.version() + "\"").contentType(ContentType.JSON)
                    .body(publishable(slug(writer, a), reviewer)).when()
                    .put(ArticleFixtures.path(clinic, live.slug())).then().statusCode(200);
        }
    }

    /** Polls until the writers are done and a last poll brings nothing new; bounded, never by the clock. */
    private static List<Change> read(String clinic, List<Future<?>> writers) {
        List<Change> seen = new ArrayList<>();
        String since = null;
        for (int poll = 0; poll < 20_000; poll++) {
            boolean writersDone = writers.stream().allMatch(Future::isDone);
            ChangesPage page = ChangesFixtures.page(clinic, since, 5);
            seen.addAll(page.items());
            since = page.nextToken();
            if (writersDone && page.items().isEmpty()) {
                return seen;
            }
        }
        throw new AssertionError("the reader never caught up; saw " + seen.size() + " events");
    }
}
