package health.clinicapi.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver on 127.0.0.1 (an ephemeral port): records every request and answers with the statuses a test
 * queued for its path (204 once the queue is empty). Each test uses its own path, so requests of other tests'
 * leftover deliveries never mix in.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> statuses = new ConcurrentHashMap<>();
    private final Map<String, Integer> always = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
            Deque<Integer> queued = statuses.get(path);
            Integer status = queued == null ? null : queued.poll();
            if (status == null) {
                status = always.getOrDefault(path, 204);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A fresh path on this receiver, as a URL the test profile allows (http on 127.0.0.1). */
    String newUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + UUID.randomUUID();
    }

    /** Answers requests to {@code url} with these statuses, in order, then 204. */
    void respond(String url, Integer... queued) {
        statuses.computeIfAbsent(pathOf(url), p -> new ArrayDeque<>()).addAll(List.of(queued));
    }

    /** Answers every request to {@code url} with {@code status}. */
    void respondAlways(String url, int status) {
        always.put(pathOf(url), status);
    }

    List<Received> receivedAt(String url) {
        String path = pathOf(url);
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private static String pathOf(String url) {
        return java.net.URI.create(url).getPath();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
