package health.clinicapi.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute URL with a scheme a page may safely link to: http, https, mailto or tel ({@code web = true}: only
 * http and https, e.g. for images). {@code javascript:}, {@code data:} and anything else are refused.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SafeUrl.Validator.class)
public @interface SafeUrl {

    String message() default "must be an absolute http, https, mailto or tel URL";

    /** Only http and https. */
    boolean web() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one value; null is valid (combine with {@code @NotBlank} where required). */
    class Validator implements ConstraintValidator<SafeUrl, String> {

        private static final Set<String> WEB = Set.of("http", "https");
        private static final Set<String> ANY = Set.of("http", "https", "mailto", "tel");

        private boolean web;

        @Override
        public void initialize(SafeUrl annotation) {
            web = annotation.web();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isSafe(value, web);
        }

        /**
         * Whether a page may link to the URL (null may not). Renderers call this again on output, so stored content
         * that predates a tightening of the rule never becomes a live {@code javascript:} link.
         */
        public static boolean isSafe(String value, boolean web) {
            if (value == null || !value.equals(value.strip()) || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme();
                if (scheme == null || !(web ? WEB : ANY).contains(scheme.toLowerCase(Locale.ROOT))) {
                    return false;
                }
                return !WEB.contains(scheme.toLowerCase(Locale.ROOT)) || uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
