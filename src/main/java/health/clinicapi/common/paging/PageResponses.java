package health.clinicapi.common.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** HTTP side of paging: the {@code Link: rel="next"} header that mirrors {@code nextCursor}. */
public final class PageResponses {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private PageResponses() {
    }

    /** Adds {@code Link: <...?cursor=next>; rel="next"} when the page has a successor. */
    public static Response.ResponseBuilder withNextLink(Response.ResponseBuilder response, Page<?> page, UriInfo uri) {
        return withNextLink(response, page.nextCursor(), uri);
    }

    /** Adds {@code Link: <...?cursor=next>; rel="next"} when {@code nextCursor} is not null. */
    public static Response.ResponseBuilder withNextLink(Response.ResponseBuilder response, String nextCursor,
            UriInfo uri) {
        if (nextCursor != null) {
            var next = uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build();
            response.links(Link.fromUri(next).rel("next").build());
        }
        return response;
    }
}
