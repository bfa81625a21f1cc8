package health.clinicapi.common.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Knows which methods each REST path accepts, read from the resources' own annotations, so a 405 problem can carry
 * the {@code Allow} header RFC 9110 requires (Quarkus REST does not put it on the exception).
 */
@ApplicationScoped
public class AllowedMethods {

    private final List<Map.Entry<Pattern, Set<String>>> routes = new ArrayList<>();

    public AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root != null) {
                addResource(root.value(), bean.getBeanClass());
            }
        }
    }

    /** The value of an {@code Allow} header for {@code path}, or null when no resource serves it. */
    public String allowFor(String path) {
        Set<String> allowed = new TreeSet<>();
        for (var route : routes) {
            if (route.getKey().matcher(path).matches()) {
                allowed.addAll(route.getValue());
            }
        }
        if (allowed.isEmpty()) {
            return null;
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return String.join(", ", allowed);
    }

    private void addResource(String root, Class<?> type) {
        for (Method method : type.getMethods()) {
            String verb = verbOf(method);
            if (verb == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = join(root, sub == null ? "" : sub.value());
            routes.add(Map.entry(compile(template), Set.of(verb)));
        }
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
