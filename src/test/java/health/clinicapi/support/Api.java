package health.clinicapi.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.config.ObjectMapperConfig;

/**
 * REST Assured set up to read our API records (java.time, records) the way clients will, and to check every response
 * against the committed OpenAPI document ({@link OpenApiResponseFilter}).
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static {
        RestAssured.config = RestAssured.config()
                .objectMapperConfig(new ObjectMapperConfig().jackson2ObjectMapperFactory((type, charset) -> JSON));
        // REST Assured may outlive this class when a test profile restarts Quarkus: one contract filter, not two.
        if (RestAssured.filters().stream()
                .noneMatch(filter -> filter.getClass().getName().equals(OpenApiResponseFilter.class.getName()))) {
            RestAssured.filters(new OpenApiResponseFilter(OpenApiContract.committed()));
        }
    }

    private Api() {
    }

    /**
     * Idempotent; {@link ApiSetUpCallback} calls it before every {@code @QuarkusTest} class, and a test or fixture may
     * call it too.
     */
    public static void configure() {
        // the static initializer does the work
    }
}
