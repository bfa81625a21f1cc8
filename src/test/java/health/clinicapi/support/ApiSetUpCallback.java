package health.clinicapi.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;

/**
 * Sets up REST Assured ({@link Api}) before every {@code @QuarkusTest} class, so no test escapes the OpenAPI
 * response check by forgetting to call {@link Api#configure()}. Registered in META-INF/services.
 */
public class ApiSetUpCallback implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        Api.configure();
    }
}
