package health.clinicapi.common.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Applies {@link ReadOnly} inside the method's transaction (it runs after the transaction interceptor) and restores
 * the session's settings afterwards. Entities loaded inside stay read-only for the rest of the transaction, so a
 * read-only method is for reads only: a writing caller must not change what it returned.
 */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ReadOnlyInterceptor {

    private final EntityManager em;

    public ReadOnlyInterceptor(EntityManager em) {
        this.em = em;
    }

    @AroundInvoke
    Object readOnly(InvocationContext context) throws Exception {
        Session session = em.unwrap(Session.class);
        boolean wasReadOnly = session.isDefaultReadOnly();
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            return context.proceed();
        } finally {
            session.setDefaultReadOnly(wasReadOnly);
            session.setHibernateFlushMode(flushMode);
        }
    }
}
