package health.clinicapi.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/**
 * An observer that fails the change it hears of when the slug starts with {@link #PREFIX}, the way a failing webhook
 * outbox write would: the whole transaction, change and log entry, must roll back.
 */
@ApplicationScoped
public class RefusingObserver {

    static final String PREFIX = "refused-";

    void on(@Observes ContentEvent event) {
        if (event.slug().startsWith(PREFIX)) {
            throw new ApiException(ProblemType.CONFLICT, "A test observer refused this change.");
        }
    }
}
