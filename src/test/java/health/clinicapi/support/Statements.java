package health.clinicapi.support;

import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.quarkus.arc.Arc;

/**
 * Counts the SQL statements one request costs, from Hibernate's statistics (on in the %test profile): what proves a
 * list costs as many statements for many items as for few, with no query per item.
 */
public final class Statements {

    private Statements() {
    }

    /**
     * The statements prepared while {@code request} runs, the least of three runs so that nothing running beside it
     * counts. Each run is handed a token of its own: delivery caches responses by URI, and a repeated URI is a cache
     * hit with no statement at all, so a delivery request puts the token in a query parameter the operation ignores.
     */
    public static long of(Consumer<String> request) {
        Statistics statistics = Arc.container().instance(EntityManagerFactory.class).get()
                .unwrap(SessionFactory.class).getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException("Hibernate statistics are off (%test.quarkus.hibernate-orm.statistics)");
        }
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = statistics.getPrepareStatementCount();
            request.accept(UUID.randomUUID().toString());
            least = Math.min(least, statistics.getPrepareStatementCount() - before);
        }
        return least;
    }
}
