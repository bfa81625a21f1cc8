package health.clinicapi.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Listens on PostgreSQL for the invalidations other replicas commit, on a connection of its own outside the pool.
 * Whenever that connection is (re)established everything is dropped, since notices sent while it was down are lost;
 * so a replica cut off from the database never keeps serving what another replica changed meanwhile.
 */
@ApplicationScoped
public class ReplicaInvalidations {

    private static final Logger LOG = Logger.getLogger(ReplicaInvalidations.class);

    private final ContentInvalidations invalidations;
    private final DeliveryCache cache;
    private final boolean enabled;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    public ReplicaInvalidations(ContentInvalidations invalidations, DeliveryCache cache, DeliveryCacheConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.invalidations = invalidations;
        this.cache = cache;
        this.enabled = config.notifyReplicas() && "postgresql".equals(dbKind);
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "cache-listen");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing to stop; nothing to do
            }
        }
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user.orElse(null), password.orElse(null))) {
                connection = c;
                try (Statement statement = c.createStatement()) {
                    statement.execute("LISTEN " + ContentInvalidations.CHANNEL);
                }
                cache.invalidate(List.of(DeliveryCache.ALL));
                backoff = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(1000);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            invalidations.received(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Listening for other replicas' cache invalidations failed (%s); retrying in %d ms",
                        e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
