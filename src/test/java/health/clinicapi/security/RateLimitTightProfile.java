package health.clinicapi.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Management buckets of 3 requests an hour, so a test can empty one; delivery keeps the roomy test limit. */
public class RateLimitTightProfile implements QuarkusTestProfile {

    static final int MANAGEMENT_LIMIT = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("clinicapi.rate-limit.management.limit", Integer.toString(MANAGEMENT_LIMIT),
                "clinicapi.rate-limit.management.period", "1h");
    }
}
