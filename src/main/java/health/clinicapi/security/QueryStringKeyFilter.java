package health.clinicapi.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

import health.clinicapi.common.problem.ProblemType;
import health.clinicapi.common.problem.RouteProblems;

/**
 * Refuses any request that carries an API key in its query string, where it would end up in access logs, browser
 * history and CDN caches. Recognised by the key marker, whatever the parameter is called.
 */
@ApplicationScoped
public class QueryStringKeyFilter {

    private final RouteProblems problems;

    public QueryStringKeyFilter(RouteProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 950);
    }

    private void check(RoutingContext rc) {
        if (rc.request().query() != null && containsKey(rc.queryParams().entries())) {
            problems.write(rc, ProblemType.BAD_REQUEST,
                    "API keys are refused in the query string; send them as Authorization: Bearer <key>.");
        } else {
            rc.next();
        }
    }

    /** Whether any decoded parameter value (or a name, for {@code ?cca_...} alone) looks like a key. */
    static boolean containsKey(java.util.List<java.util.Map.Entry<String, String>> parameters) {
        return parameters.stream().anyMatch(p -> p.getKey().trim().startsWith(ApiKeySecrets.MARKER)
                || p.getValue().trim().startsWith(ApiKeySecrets.MARKER));
    }
}
