package health.clinicapi.common.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists only in tests: endpoints that fail the way a bug or an overload would, to prove what clients get. */
@Path("/test-only/failure")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class FailingTestResource {

    static final String SECRET = "jdbc:postgresql://db.internal/secret SELECT * FROM api_key";

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(SECRET);
    }

    /** Refuses for now, as a full render queue does. */
    @GET
    @Path("busy")
    @Operation(hidden = true)
    public String busy() {
        throw ApiException.unavailable("Busy; retry after the seconds in Retry-After.", 2);
    }
}
