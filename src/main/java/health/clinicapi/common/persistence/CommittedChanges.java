package health.clinicapi.common.persistence;

import java.util.List;

/** The entities one transaction persisted, updated or removed, announced after it committed. */
public record CommittedChanges(List<Object> entities) {
}
