package health.clinicapi.common.persistence;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.Arc;

/**
 * JPA callbacks on every {@link VersionedEntity}: collects what a transaction wrote and, once it has committed, fires
 * {@link CommittedChanges} (a rolled-back transaction fires nothing). Every write path passes here, the scheduler's
 * and imports included, so observers such as the delivery cache need no call in each service.
 */
public class ChangeListener {

    private static final Object CHANGED = new Object();

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        record(entity);
    }

    /** Adds the entity to what the current transaction changed (nothing outside a transaction). */
    static void record(Object entity) {
        TransactionSynchronizationRegistry registry = Arc.container().instance(TransactionSynchronizationRegistry.class)
                .get();
        if (registry.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Object> changed = (Set<Object>) registry.getResource(CHANGED);
        if (changed == null) {
            // Each entity once, by identity: an entity and its collections may all report the same change.
            Set<Object> entities = Collections.newSetFromMap(new IdentityHashMap<>());
            registry.putResource(CHANGED, entities);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // readers see nothing before the commit, so there is nothing to tell yet
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        Arc.container().beanManager().getEvent().select(CommittedChanges.class)
                                .fire(new CommittedChanges(List.copyOf(entities)));
                    }
                }
            });
            changed = entities;
        }
        changed.add(entity);
    }
}
