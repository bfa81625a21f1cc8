package health.clinicapi.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a presented key into a security identity whose roles are the key's effective scopes. Every failure (wrong
 * format, unknown, wrong secret, revoked, expired) is the same {@link AuthenticationFailedException}, so a client
 * learns nothing about which keys exist.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final String KEY_ID = "clinicapi.keyId";
    static final String KEY_NAME = "clinicapi.keyName";
    static final String CLINIC_ID = "clinicapi.clinicId";

    private final SecurityConfig config;

    public ApiKeyIdentityProvider(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> identify(request.getToken().getToken()));
    }

    private SecurityIdentity identify(String key) {
        Optional<ApiKeyEntity> stored = ApiKeySecrets.prefixOf(key).flatMap(ApiKeyEntity::findByPrefix);
        boolean matches = ApiKeySecrets.matches(key, stored.map(k -> k.secretHash).orElse(null));
        Instant now = Instant.now();
        if (!matches || stored.get().isRevoked() || stored.get().isExpired(now)) {
            throw new AuthenticationFailedException("invalid API key");
        }
        ApiKeyEntity apiKey = stored.get();
        touch(apiKey, now);
        var identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(apiKey.name))
                .addAttribute(KEY_ID, apiKey.id)
                .addAttribute(KEY_NAME, apiKey.name);
        if (apiKey.clinic != null) {
            identity.addAttribute(CLINIC_ID, apiKey.clinic.id);
        }
        Scope.effective(apiKey.scopes()).forEach(scope -> identity.addRole(scope.value()));
        return identity.build();
    }

    /** Records use at most once per resolution period, so authentication is not a write on every request. */
    private void touch(ApiKeyEntity apiKey, Instant now) {
        if (apiKey.lastUsedAt != null && apiKey.lastUsedAt.plus(config.lastUsedResolution()).isAfter(now)) {
            return;
        }
        UUID id = apiKey.id;
        Instant used = now.truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> ApiKeyEntity.update("lastUsedAt = ?1 where id = ?2", used, id));
    }
}
