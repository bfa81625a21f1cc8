package health.clinicapi.common.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How delivery (public, published) responses may be cached by browsers and CDNs. */
@ConfigMapping(prefix = "clinicapi.delivery.cache")
public interface DeliveryConfig {

    /** How long a cache may serve a response without asking again ({@code max-age}); default 60 s. */
    @WithDefault("60s")
    Duration maxAge();

    /** How long a stale response may be served while revalidating in the background; default 5 min. */
    @WithDefault("5m")
    Duration staleWhileRevalidate();

    /** How long a stale response may be served when the origin fails; default 1 day. */
    @WithDefault("1d")
    Duration staleIfError();
}
