package health.clinicapi.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

import health.clinicapi.common.persistence.CommittedChanges;

/**
 * Applies committed changes to the delivery cache of this replica at once and, on PostgreSQL, tells the other
 * replicas through {@code NOTIFY} on {@link #CHANNEL} ({@link ReplicaInvalidations} listens). The notice is sent
 * after the commit from a thread of its own, outside any transaction, so a write never waits for it.
 */
@ApplicationScoped
public class ContentInvalidations {

    static final String CHANNEL = "clinicapi_delivery_cache";
    /** PostgreSQL refuses payloads of 8000 bytes or more; a longer list becomes "everything". */
    private static final int MAX_PAYLOAD = 7000;
    private static final Logger LOG = Logger.getLogger(ContentInvalidations.class);

    /** Tells this replica's own notices from the others'. */
    final String instance = UUID.randomUUID().toString();
    private final DeliveryCache cache;
    private final AgroalDataSource dataSource;
    private final boolean notify;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "cache-notify");
        thread.setDaemon(true);
        return thread;
    });

    public ContentInvalidations(DeliveryCache cache, AgroalDataSource dataSource, DeliveryCacheConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.cache = cache;
        this.dataSource = dataSource;
        this.notify = config.notifyReplicas() && "postgresql".equals(dbKind);
    }

    void on(@Observes CommittedChanges changes) {
        Set<String> keys = new LinkedHashSet<>();
        changes.entities().forEach(entity -> keys.addAll(ContentKeys.of(entity)));
        committed(keys);
    }

    void committed(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        cache.invalidate(keys);
        if (notify) {
            String payload = instance + " " + String.join(" ", keys);
            String message = payload.length() < MAX_PAYLOAD ? payload : instance + " " + DeliveryCache.ALL;
            sender.execute(() -> send(message));
        }
    }

    /** Applies a notice from another replica; this replica's own are skipped (already applied). */
    void received(String payload) {
        List<String> words = new ArrayList<>(Arrays.asList(payload.split(" ")));
        if (words.isEmpty() || words.remove(0).equals(instance)) {
            return;
        }
        cache.invalidate(words);
    }

    private void send(String payload) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
        } catch (SQLException e) {
            // The other replicas catch up: they drop everything when their listening connection comes back.
            LOG.warnf("Could not tell other replicas to invalidate their delivery caches: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
