package health.clinicapi.cache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

import health.clinicapi.common.http.ETags;

/**
 * Serves delivery GETs from {@link DeliveryCache} on the event loop, before the REST layer: a hit touches neither the
 * database nor a worker thread. It runs after the filters that set per-request headers (request id, CORS, rate
 * limits), so a hit carries them like any response. Concurrent misses of one URI wait for the first to load it. While
 * the cache is full, a response is stored the second time its URI is asked for, or the first time when others wait
 * for it (see {@link DeliveryCache#admits}).
 */
@ApplicationScoped
public class DeliveryCacheFilter {

    /** Below every other filter (the lowest, the body-size check, is 900): hits still pass through them all. */
    static final int PRIORITY = 800;
    static final String STATUS_HEADER = "X-Cache";
    private static final String URI = "clinicapi.cache.uri";
    private static final String GENERATION = "clinicapi.cache.generation";
    private static final String STALE = "clinicapi.cache.stale";
    private static final String LOADING = "clinicapi.cache.loading";
    private static final String PATH_TEMPLATE = "UrlPathTemplate";
    /** Headers that describe the content, so they are kept with it; everything else is per request. */
    private static final List<String> CONTENT_HEADERS = List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.LAST_MODIFIED,
            HttpHeaders.VARY, HttpHeaders.CONTENT_LANGUAGE, "Link", "Surrogate-Key", "Content-Disposition");

    private final DeliveryCache cache;
    private final CurrentVertxRequest current;
    private final Map<String, Loading> loading = new ConcurrentHashMap<>();

    /**
     * A response being made for a URI: others asking for it meanwhile wait for {@code done}, and mark it
     * {@code wanted}, so it is stored even on the URI's first request. One that was not stored all the same (the
     * waiters came after the decision) is handed to them as {@code made}, read at {@code generation}.
     */
    private static final class Loading {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile boolean wanted;
        volatile CachedResponse made;
        volatile long generation;

        Loading(boolean wanted) {
            this.wanted = wanted;
        }
    }

    public DeliveryCacheFilter(DeliveryCache cache, CurrentVertxRequest current) {
        this.cache = cache;
        this.current = current;
    }

    void register(@Observes Filters filters) {
        if (cache.enabled()) {
            filters.register(this::handle, PRIORITY);
        }
    }

    /**
     * Whether a request may be answered from, and stored into, the cache: public delivery reads only. The changes
     * feed is left out: a new event names no content key that would take its pages out, and pollers need each new
     * event at once (CDNs still keep it for its short max-age).
     */
    static boolean cacheable(HttpServerRequest request, String path) {
        return request.method() == HttpMethod.GET && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && (path.startsWith("/v1/clinics") || path.startsWith("/v1/treatments")
                        || path.startsWith("/v1/conditions"))
                && !path.endsWith("/changes");
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!cacheable(request, rc.normalizedPath())) {
            rc.next();
            return;
        }
        String uri = request.uri();
        CachedResponse hit = cache.get(uri);
        if (hit != null && accepts(request, hit)) {
            if (cache.fresh(hit)) {
                serve(rc, hit, "HIT");
                return;
            }
            // Past its time to live: make a fresh one, but keep this to serve if that fails.
            rc.put(STALE, hit);
        }
        rc.put(URI, uri);
        rc.put(GENERATION, cache.generation());
        // A URI held before (now stale) was wanted enough to be stored then; any other is recorded, and while the
        // cache is full stored on its second request only.
        Loading mine = new Loading(hit != null || cache.admits(uri));
        Loading first = loading.putIfAbsent(uri, mine);
        if (first == null) {
            rc.put(LOADING, mine);
            rc.addEndHandler(done -> {
                loading.remove(uri, mine);
                mine.done.complete(null);
            });
            rc.next();
            return;
        }
        // Another request is loading this URI: wait for it instead of asking the database again, and have it stored.
        first.wanted = true;
        Context context = Vertx.currentContext();
        request.pause();
        first.done.whenComplete((ignored, failure) -> context.runOnContext(v -> {
            request.resume();
            CachedResponse loaded = cache.get(uri);
            if (loaded == null && first.made != null && first.generation == cache.generation()) {
                loaded = first.made; // made for the first request and not stored (the cache is full)
            }
            if (loaded != null && cache.fresh(loaded) && accepts(request, loaded)) {
                serve(rc, loaded, "HIT");
            } else {
                rc.put(GENERATION, cache.generation());
                rc.next();
            }
        }));
    }

    /** Keeps a successful delivery response that names its content (Surrogate-Key) as it leaves the REST layer. */
    @ServerResponseFilter
    public void store(ContainerResponseContext response) {
        RoutingContext rc = current.getCurrent();
        String uri = rc == null ? null : rc.get(URI);
        if (uri == null) {
            return;
        }
        CachedResponse stale = rc.get(STALE);
        if (response.getStatus() >= 500 && stale != null) {
            serveStale(response, stale, rc.request().getHeader(HttpHeaders.IF_NONE_MATCH));
            return;
        }
        response.getHeaders().putSingle(STATUS_HEADER, "MISS");
        String keys = response.getHeaderString("Surrogate-Key");
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (response.getStatus() != 200 || keys == null || etag == null || response.getMediaType() == null
                || !(response.getEntity() instanceof byte[] body)) {
            return;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : CONTENT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.add(Map.entry(name, value));
            }
        }
        CachedResponse made = new CachedResponse(body, etag, response.getMediaType().toString(), List.copyOf(headers),
                Arrays.asList(keys.split(" ")), System.nanoTime(), pathTemplate(rc));
        // A waiter that found nothing stored makes its own response (no Loading of its own): stored, it was wanted.
        Loading loading = rc.get(LOADING);
        if (loading != null && !loading.wanted) {
            // Not stored, but requests that arrive before this one ends are served from it: a URI is made once.
            loading.generation = rc.get(GENERATION);
            loading.made = made;
            cache.defer();
            return;
        }
        cache.put(uri, made, rc.get(GENERATION));
    }

    /** Replaces a failed response (the database is away) with the last good one, as stale-if-error allows. */
    private static void serveStale(ContainerResponseContext response, CachedResponse stale, String ifNoneMatch) {
        response.getHeaders().clear();
        for (Map.Entry<String, String> header : stale.headers()) {
            response.getHeaders().putSingle(header.getKey(), header.getValue());
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, stale.etag());
        response.getHeaders().putSingle(STATUS_HEADER, "STALE");
        if (ETags.noneMatchHits(ifNoneMatch, stale.etag())) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setStatus(200);
            response.setEntity(stale.body(), new java.lang.annotation.Annotation[0],
                    jakarta.ws.rs.core.MediaType.valueOf(stale.contentType()));
        }
    }

    private static boolean accepts(HttpServerRequest request, CachedResponse response) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.contains("*/*")) {
            return true;
        }
        String type = response.contentType();
        int semicolon = type.indexOf(';');
        String bare = semicolon < 0 ? type : type.substring(0, semicolon);
        return accept.contains(bare) || accept.contains(bare.substring(0, bare.indexOf('/') + 1) + "*");
    }

    /**
     * The REST route of this request as Quarkus REST records it for the HTTP metrics (a Vert.x context local named
     * {@value #PATH_TEMPLATE}, which the Micrometer binder reads when the response ends), or null.
     */
    private static String pathTemplate(RoutingContext rc) {
        return rc.request() instanceof HttpServerRequestInternal request
                && request.context().getLocal(PATH_TEMPLATE) instanceof String template ? template : null;
    }

    @SuppressWarnings("deprecation") // Context.putLocal(Object, Object): the key Quarkus REST itself writes there
    private static void serve(RoutingContext rc, CachedResponse hit, String status) {
        if (hit.pathTemplate() != null && rc.request() instanceof HttpServerRequestInternal request) {
            // A hit never reaches the REST route, which is what names it in the metrics: without its template every
            // article served from the cache would be counted under its own path, a metric per URI.
            request.context().putLocal(PATH_TEMPLATE, hit.pathTemplate());
        }
        HttpServerResponse out = rc.response();
        for (Map.Entry<String, String> header : hit.headers()) {
            out.putHeader(header.getKey(), header.getValue());
        }
        out.putHeader(HttpHeaders.ETAG, hit.etag()).putHeader(STATUS_HEADER, status);
        if (ETags.noneMatchHits(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), hit.etag())) {
            out.setStatusCode(304).end();
        } else {
            out.putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType()).setStatusCode(200)
                    .end(Buffer.buffer(Unpooled.wrappedBuffer(hit.body())));
        }
    }
}
