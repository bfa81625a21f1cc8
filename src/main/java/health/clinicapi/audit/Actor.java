package health.clinicapi.audit;

import java.util.UUID;

/** Who made a change: an API key, or the service itself (demo content, bootstrap, scheduler). */
public record Actor(UUID keyId, String name) {

    public static final Actor SYSTEM = new Actor(null, "system");
}
