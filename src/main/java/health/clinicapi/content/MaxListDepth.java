package health.clinicapi.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Lists nest no deeper than {@link #value()} levels: deeper nesting renders badly and is a sign of abuse. */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxListDepth.Validator.class)
public @interface MaxListDepth {

    int value();

    String message() default "lists may nest at most {value} levels deep";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Measures the nesting of a list block. */
    class Validator implements ConstraintValidator<MaxListDepth, Block.BulletList> {

        private int max;

        @Override
        public void initialize(MaxListDepth annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(Block.BulletList list, ConstraintValidatorContext context) {
            return list == null || depth(list, 1) <= max;
        }

        private int depth(Block.BulletList list, int level) {
            if (level > max || list.items() == null) {
                return level;
            }
            int deepest = level;
            for (Block.ListItem item : list.items()) {
                if (item != null && item.children() != null) {
                    deepest = Math.max(deepest, depth(item.children(), level + 1));
                }
            }
            return deepest;
        }
    }
}
