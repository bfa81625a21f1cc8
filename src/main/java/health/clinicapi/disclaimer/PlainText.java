package health.clinicapi.disclaimer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text that front ends render as-is: anything that looks like an HTML tag, comment or entity is refused, so a
 * disclaimer can never smuggle markup (or script) into a clinic's page.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "plain text only: HTML tags and entities are not allowed";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Rejects {@code <tag}, {@code </tag}, {@code <!...}, {@code <?...} and {@code &name;} / {@code &#..;}. */
    class Validator implements ConstraintValidator<PlainText, String> {

        private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z!?]|&#?[A-Za-z0-9]+;");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !MARKUP.matcher(value).find();
        }
    }
}
