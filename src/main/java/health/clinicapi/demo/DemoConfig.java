package health.clinicapi.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo content for the embedded default. */
@ConfigMapping(prefix = "clinicapi.demo")
public interface DemoConfig {

    /**
     * Load the demo network into an empty database at start; default true for the embedded default, false in tests.
     * Set {@code CLINICAPI_DEMO_ENABLED=false} for a production database.
     */
    @WithDefault("true")
    boolean enabled();
}
