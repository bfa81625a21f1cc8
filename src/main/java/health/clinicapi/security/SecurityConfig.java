package health.clinicapi.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** API key settings. */
@ConfigMapping(prefix = "clinicapi.security")
public interface SecurityConfig {

    /**
     * A network-admin key to install at start when no key has its prefix yet ({@code CLINICAPI_SECURITY_BOOTSTRAP_KEY},
     * format {@code cca_<8-16 letters/digits>_<32-64 base64url chars>}); no default. The way to provision the first key
     * of a production installation from a secret store.
     */
    Optional<String> bootstrapKey();

    /**
     * When no key exists at all and no bootstrap key is configured, generate a network-admin key and print it once
     * on the console; default true (the embedded default). Set false where console output is collected.
     */
    @WithDefault("true")
    boolean generateBootstrapKey();

    /** How stale a key's {@code lastUsedAt} may be, so it is written at most this often; default 1 min. */
    @WithDefault("1m")
    Duration lastUsedResolution();
}
