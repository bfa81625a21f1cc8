package health.clinicapi.syndication;

import java.util.UUID;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/** Path ids and ETags of the syndication management resources. */
final class SyndicationIds {

    private SyndicationIds() {
    }

    /** The id in a path; anything that is not a UUID names nothing, so it is a 404 like an unknown one. */
    static UUID parse(String what, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.NOT_FOUND, "No " + what + " with id '" + value + "'.");
        }
    }

    static Response.ResponseBuilder withETag(Response.ResponseBuilder response, long version, Object entity) {
        return response.tag(new EntityTag(Long.toString(version))).entity(entity);
    }
}
