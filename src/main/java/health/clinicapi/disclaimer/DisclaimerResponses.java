package health.clinicapi.disclaimer;

import java.net.URI;
import java.time.Instant;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** HTTP shapes shared by the network and clinic disclaimer resources: the version ETag and locations. */
final class DisclaimerResponses {

    private DisclaimerResponses() {
    }

    static Response.ResponseBuilder withETag(Response.ResponseBuilder response, DisclaimerEntity disclaimer,
            DisclaimerService service) {
        var current = service.current(disclaimer, Instant.now()).orElse(null);
        return response.tag(etag(disclaimer)).entity(Disclaimer.from(disclaimer, current));
    }

    static EntityTag etag(DisclaimerEntity disclaimer) {
        return new EntityTag(Long.toString(disclaimer.version));
    }

    static URI location(UriBuilder collection, DisclaimerEntity disclaimer) {
        return collection.path(disclaimer.id.toString()).build();
    }

    /** 201 for a new version: Location names the version, ETag is the disclaimer's new version. */
    static Response.ResponseBuilder created(UriBuilder collection, DisclaimerService.AddedVersion added) {
        URI location = collection.path(added.disclaimer().id.toString()).path("versions")
                .path(Integer.toString(added.version().versionNumber)).build();
        return Response.created(location).tag(etag(added.disclaimer()))
                .entity(DisclaimerVersion.from(added.version()));
    }
}
