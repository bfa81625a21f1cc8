package health.clinicapi.cache;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service talks to its database through a {@link DatabaseProxyResource} proxy that tests can cut. */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DatabaseProxyResource.class));
    }
}
