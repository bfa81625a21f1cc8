package health.clinicapi.support;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Fails the test whenever a response of an operation in the OpenAPI document is not one the document describes, so
 * the committed contract cannot drift from what the service does. Responses of anything else (/q endpoints,
 * test-only resources, undocumented methods) pass through unchecked.
 */
public final class OpenApiResponseFilter implements Filter {

    private static final AtomicInteger VALIDATED = new AtomicInteger();

    private final OpenApiContract contract;

    public OpenApiResponseFilter(OpenApiContract contract) {
        this.contract = contract;
    }

    /** How many responses filters of this class have checked against a document in this class loader. */
    public static int validated() {
        return VALIDATED.get();
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        contract.check(request.getMethod(), URI.create(request.getURI()).getRawPath(), response.statusCode(),
                response.contentType(), response.asString()).ifPresent(verdict -> {
                    VALIDATED.incrementAndGet();
                    if (!verdict.violations().isEmpty()) {
                        throw new AssertionError(verdict.message());
                    }
                });
        return response;
    }
}
