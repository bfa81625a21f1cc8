package health.clinicapi.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard on its own, with the allow-lists empty (production) or naming 127.0.0.1 (tests). */
class WebhookTargetsTest {

    /** Resolves like DNS would, offline: one public name, one name that points inside, the rest unknown. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "hooks.example.com" -> new InetAddress[]{InetAddress.getByName("93.184.216.34")};
            case "rebind.example.com" -> new InetAddress[]{InetAddress.getByName("93.184.216.34"),
                    InetAddress.getByName("10.1.2.3")};
            case "localhost" -> new InetAddress[]{InetAddress.getByName("127.0.0.1")};
            default -> {
                if (host.matches("[0-9.]+") || host.contains(":")) {
                    yield new InetAddress[]{InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
        };
    }

    private final WebhookTargets strict = new WebhookTargets(Optional.empty(), Optional.empty(),
            WebhookTargetsTest::resolve);
    private final WebhookTargets testProfile = new WebhookTargets(Optional.of(List.of("127.0.0.1")),
            Optional.of(List.of("127.0.0.1")), WebhookTargetsTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.1/hook", "https://172.16.5.4/hook", "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data/", "https://[::1]/hook", "https://localhost/hook",
            "https://127.0.0.1/hook", "https://0.0.0.0/hook", "https://[::]/hook", "https://224.0.0.1/hook",
            "https://[fd00::1]/hook", "https://[fe80::1]/hook", "https://[::ffff:10.0.0.1]/hook",
            "https://100.64.0.1/hook", "https://255.255.255.255/hook", "https://rebind.example.com/hook"})
    void refuses_internal_addresses(String url) {
        assertThat(strict.refusalOnSave(url)).isPresent();
        assertThat(strict.refusalOnDelivery(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "ftp://hooks.example.com/x",
            "http://hooks.example.com/hook", "https://user:pass@hooks.example.com/hook", "/relative/hook",
            "https://hooks.example.com/hook#fragment", "not a url"})
    void refuses_other_schemes_plain_http_and_credentials(String url) {
        assertThat(strict.refusalOnSave(url)).isPresent();
    }

    @Test
    void accepts_a_public_https_target() {
        assertThat(strict.refusalOnSave("https://hooks.example.com/hook")).isEmpty();
        assertThat(strict.refusalOnDelivery("https://93.184.216.34/hook")).isEmpty();
    }

    @Test
    void allows_configured_hosts_only_and_exactly() {
        assertThat(testProfile.refusalOnSave("http://127.0.0.1:8089/hook")).isEmpty();
        assertThat(testProfile.refusalOnDelivery("http://127.0.0.1:8089/hook")).isEmpty();
        assertThat(testProfile.refusalOnSave("http://localhost:8089/hook")).isPresent();
        assertThat(testProfile.refusalOnSave("https://[::1]/hook")).isPresent();
        assertThat(testProfile.refusalOnSave("http://10.0.0.1/hook")).isPresent();
    }

    @Test
    void accepts_an_unresolvable_host_on_save_but_not_at_delivery() {
        assertThat(strict.refusalOnSave("https://not-yet.example.net/hook")).isEmpty();
        assertThat(strict.refusalOnDelivery("https://not-yet.example.net/hook")).get().asString()
                .contains("does not resolve");
    }
}
