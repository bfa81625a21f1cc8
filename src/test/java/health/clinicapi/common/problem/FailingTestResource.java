package health.clinicapi.common.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists only in tests: an endpoint that fails the way a bug would, to prove 500s leak nothing. */
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
}
