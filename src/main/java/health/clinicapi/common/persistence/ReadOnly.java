package health.clinicapi.common.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a transactional method that only reads: the entities it loads are read-only (Hibernate keeps no snapshot of
 * them and never compares them at flush) and nothing is flushed. Delivery builds whole articles with large JSON bodies
 * from many entities; dirty-checking them at commit would cost as much as reading them.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadOnly {
}
