package health.clinicapi.common.persistence;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;

/**
 * Makes a change to an entity's collections alone (an indication's regulatory statuses, an article's tags) count as a
 * change of the entity for {@link ChangeListener}. Since Hibernate 6 no JPA callback fires on the owner when only
 * one of its collections changed, so an indication whose statuses were edited would keep being delivered with the
 * old ones from every cache. Registered through {@code META-INF/services}, as Hibernate's integrators are.
 */
public class CollectionChanges implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE,
                (PostCollectionUpdateEventListener) CollectionChanges::changed);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE,
                (PostCollectionRecreateEventListener) CollectionChanges::changed);
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE,
                (PostCollectionRemoveEventListener) CollectionChanges::changed);
    }

    private static void changed(AbstractCollectionEvent event) {
        if (event.getAffectedOwnerOrNull() instanceof VersionedEntity owner) {
            ChangeListener.record(owner);
        }
    }
}
