package health.clinicapi.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an API key may do. Scopes are the roles of the caller's security identity. */
public enum Scope {
    /** Read drafts and previews of the key's clinic(s). */
    CONTENT_READ("content:read"),
    /** Create and edit content. */
    CONTENT_WRITE("content:write"),
    /** Publish, schedule and unpublish content. */
    CONTENT_PUBLISH("content:publish"),
    /** Write the shared clinical catalog (treatments, conditions, indications). Network keys only: every clinic relies on it. */
    CATALOG_WRITE("catalog:write"),
    /** Clinic settings, the clinic's keys, webhooks and audit log. */
    CLINIC_ADMIN("clinic:admin"),
    /** Everything, on every clinic: create clinics, network keys. Network keys only; implies every other scope. */
    NETWORK_ADMIN("network:admin");

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String CONTENT_READ_ROLE = "content:read";
    public static final String CONTENT_WRITE_ROLE = "content:write";
    public static final String CONTENT_PUBLISH_ROLE = "content:publish";
    public static final String CATALOG_WRITE_ROLE = "catalog:write";
    public static final String CLINIC_ADMIN_ROLE = "clinic:admin";
    public static final String NETWORK_ADMIN_ROLE = "network:admin";

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The scope named {@code value}; an unknown name is an {@link IllegalArgumentException} (a 400 for clients). */
    @JsonCreator
    public static Scope of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope '" + value + "'; known: "
                        + Arrays.stream(values()).map(Scope::value).toList()));
    }

    /** Whether only a network key may hold this scope, because it acts on what all clinics share. */
    public boolean networkOnly() {
        return this == NETWORK_ADMIN || this == CATALOG_WRITE;
    }

    /** The scopes a key effectively holds: network:admin implies all. */
    public static Set<Scope> effective(Set<Scope> granted) {
        return granted.contains(NETWORK_ADMIN) ? EnumSet.allOf(Scope.class) : EnumSet.copyOf(granted);
    }
}
