package health.clinicapi.event;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the changes feed may be cached. */
@ConfigMapping(prefix = "clinicapi.changes")
public interface ChangesConfig {

    /**
     * How long a cache may serve a changes response without asking again ({@code max-age}); default 5 s, short
     * because readers poll for what is new.
     */
    @WithDefault("5s")
    Duration maxAge();
}
