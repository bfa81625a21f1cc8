package health.clinicapi.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The SSRF guard for target URLs. A target must be https (http only for configured hosts), carry no user info, and
 * every address its host resolves to must be public: loopback, link-local (cloud metadata), private, shared (CGNAT),
 * unique-local, multicast, broadcast and unspecified addresses are refused unless the host is on the configured
 * allow-list. Checked when a subscription is saved and again before every attempt, since DNS can change in between;
 * the worker also never follows redirects. A name that resolves to a public address at the check and to a private
 * one a moment later at connect (DNS rebinding) is not caught here: deployments that must exclude it route webhook
 * traffic through an egress proxy.
 */
@ApplicationScoped
public class WebhookTargets {

    /** Resolves a host name to its addresses; replaceable in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> httpAllowed;
    private final Set<String> allowed;
    private final Resolver resolver;

    @Inject
    public WebhookTargets(WebhookConfig config) {
        this(config.httpAllowedHosts(), config.allowedHosts(), InetAddress::getAllByName);
    }

    WebhookTargets(Optional<List<String>> httpAllowed, Optional<List<String>> allowed, Resolver resolver) {
        this.httpAllowed = normalized(httpAllowed.orElse(List.of()));
        this.allowed = normalized(allowed.orElse(List.of()));
        this.resolver = resolver;
    }

    /**
     * Why {@code url} may not be saved as a target, or empty when it may. A host that does not resolve yet is
     * accepted (its DNS may be set up later); it is checked again at every attempt.
     */
    public Optional<String> refusalOnSave(String url) {
        return refusal(url, false);
    }

    /** Why {@code url} may not be contacted now, or empty when it may; an unresolvable host is refused. */
    public Optional<String> refusalOnDelivery(String url) {
        return refusal(url, true);
    }

    private Optional<String> refusal(String url, boolean mustResolve) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || uri.isOpaque() || host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain user info (credentials); use the signature to authenticate");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not contain a fragment");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        String key = bareHost.toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !httpAllowed.contains(key)) {
            return Optional.of("must use https (plain http only for hosts allowed in configuration)");
        }
        if (allowed.contains(key)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            return mustResolve ? Optional.of("host '" + bareHost + "' does not resolve") : Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("host '" + bareHost + "' is or resolves to a loopback, link-local, private or "
                        + "otherwise non-public address (" + address.getHostAddress() + "), which webhooks may not "
                        + "reach unless the host is allowed in configuration");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code address} is anything but a public unicast address. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
                return true;
            }
            if (isEmbeddedIpv4(b)) { // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address: judge that one
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEmbeddedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff);
    }

    private static Set<String> normalized(Collection<String> hosts) {
        return hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .map(h -> h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h)
                .collect(Collectors.toUnmodifiableSet());
    }
}
