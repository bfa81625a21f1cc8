package health.clinicapi.common.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Cross-origin access for browsers. Delivery is open to every origin; management only to the admin front ends
 * listed here. Quarkus's own CORS filter stays off: {@link CorsFilter} owns these headers.
 */
@ConfigMapping(prefix = "clinicapi.cors")
public interface CorsConfig {

    /**
     * Origins allowed to call {@code /v1/manage} from a browser, exactly as browsers send them
     * ({@code https://admin.example}, no path or trailing slash), comma-separated in
     * {@code CLINICAPI_CORS_MANAGEMENT_ORIGINS}; default none. {@code *} is not supported.
     */
    Optional<List<String>> managementOrigins();

    /** How long a browser may cache a preflight answer ({@code Access-Control-Max-Age}); default 10 min. */
    @WithDefault("10m")
    Duration maxAge();
}
