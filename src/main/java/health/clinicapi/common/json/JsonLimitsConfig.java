package health.clinicapi.common.json;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bounds on the JSON the API parses, so a small hostile body cannot cost deep recursion, huge strings or
 * quadratic number parsing. A body over a limit is a 400 {@code malformed-json} problem.
 *
 * <p>
 * Static-init safe because Quarkus builds the {@code ObjectMapper} during static initialization; in JVM mode that is
 * still at start, so environment variables apply, but a native image would fix these values at build time.
 */
@StaticInitSafe
@ConfigMapping(prefix = "clinicapi.json")
public interface JsonLimitsConfig {

    /** Deepest nesting of objects and arrays; default 64 (our documents need fewer than 10 levels). */
    @WithDefault("64")
    int maxNestingDepth();

    /** Longest string value, in characters; default 1000000. */
    @WithDefault("1000000")
    int maxStringLength();

    /** Most characters in a number; default 100. */
    @WithDefault("100")
    int maxNumberLength();

    /**
     * Largest document; default the HTTP body limit ({@code quarkus.http.limits.max-body-size}, 1 MiB), which
     * already stops bodies at the door. It also bounds JSON the service parses from elsewhere.
     */
    @WithDefault("${quarkus.http.limits.max-body-size:1M}")
    MemorySize maxDocumentLength();
}
