package health.clinicapi.common.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long idempotent responses are replayed. */
@ConfigMapping(prefix = "clinicapi.idempotency")
public interface IdempotencyConfig {

    /** How long a POST's response is replayed for the same Idempotency-Key; default 24 h. */
    @WithDefault("24h")
    Duration retention();
}
