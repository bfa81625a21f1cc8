package health.clinicapi.security;

import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import health.clinicapi.audit.Actor;

/**
 * Makes sure a new installation has a first network-admin key: the configured one, or (embedded default) a generated
 * one printed once on the console, never through the logger.
 */
@ApplicationScoped
public class BootstrapKey {

    private static final Logger LOG = Logger.getLogger(BootstrapKey.class);

    private final SecurityConfig config;
    private final ApiKeyService keys;

    public BootstrapKey(SecurityConfig config, ApiKeyService keys) {
        this.config = config;
        this.keys = keys;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (config.bootstrapKey().isPresent()) {
            installConfigured(config.bootstrapKey().get().trim());
        } else if (config.generateBootstrapKey() && ApiKeyEntity.count() == 0) {
            NewApiKey created = keys.issue("bootstrap", null, EnumSet.of(Scope.NETWORK_ADMIN), null, Actor.SYSTEM);
            System.out.println("""

                    ==========================================================================
                     First network-admin API key (shown once; store it now, it is not kept):
                       %s
                     Use it as:  curl -H 'Authorization: Bearer <key>' localhost:8080/v1/manage/clinics
                    ==========================================================================
                    """.formatted(created.secret()));
        }
    }

    private void installConfigured(String key) {
        String prefix = ApiKeySecrets.prefixOf(key).orElseThrow(() -> new IllegalStateException(
                "clinicapi.security.bootstrap-key is not a key of the form cca_<8-16 letters/digits>_<32-64 chars>"));
        var existing = ApiKeyEntity.findByPrefix(prefix);
        if (existing.isEmpty()) {
            keys.install(key, "bootstrap", null, EnumSet.of(Scope.NETWORK_ADMIN), null, Actor.SYSTEM);
            LOG.infof("Installed the configured bootstrap key with prefix %s", prefix);
        } else if (!ApiKeySecrets.matches(key, existing.get().secretHash)) {
            LOG.warnf("A key with the bootstrap key's prefix %s exists with another secret; left unchanged", prefix);
        }
    }
}
