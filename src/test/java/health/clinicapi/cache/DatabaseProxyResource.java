package health.clinicapi.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import health.clinicapi.support.TcpProxy;

/**
 * Puts a {@link TcpProxy} between the service and the PostgreSQL database the suite runs against (the JDBC URL CI
 * passes as {@code _TEST_QUARKUS_DATASOURCE_JDBC_URL}), and gives delivery-cache entries a one-second time to live so
 * a test can see stale copies being served.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    static final String URL_VARIABLE = "_TEST_QUARKUS_DATASOURCE_JDBC_URL";
    static TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        String jdbc = System.getenv(URL_VARIABLE);
        URI target = URI.create(jdbc.substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return Map.of("quarkus.datasource.jdbc.url", viaProxy,
                "clinicapi.delivery.memory-cache.time-to-live", "1s");
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
