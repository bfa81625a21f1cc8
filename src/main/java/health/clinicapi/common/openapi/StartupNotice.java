package health.clinicapi.common.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/** Tells whoever started the service where to point a browser. */
@ApplicationScoped
public class StartupNotice {

    private static final Logger LOG = Logger.getLogger(StartupNotice.class);

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "quarkus.http.port") int port) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        String base = "http://localhost:" + port;
        LOG.infof("Clinic Content API is up: try %s/v1/clinics | Swagger UI %s/q/swagger-ui | OpenAPI %s/q/openapi",
                base, base, base);
    }
}
