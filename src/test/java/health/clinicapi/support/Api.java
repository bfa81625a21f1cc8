package health.clinicapi.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.config.ObjectMapperConfig;

/** REST Assured set up to read our API records (java.time, records) the way clients will. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static {
        RestAssured.config = RestAssured.config()
                .objectMapperConfig(new ObjectMapperConfig().jackson2ObjectMapperFactory((type, charset) -> JSON));
    }

    private Api() {
    }

    /** Call from a test class's static initializer or {@code @BeforeAll}; idempotent. */
    public static void configure() {
        // the static initializer does the work
    }
}
