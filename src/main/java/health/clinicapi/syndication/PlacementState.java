package health.clinicapi.syndication;

/** Whether a placement is shown on the target site: only ACTIVE ones are delivered. */
public enum PlacementState {
    /** Delivered on the target site while the origin article is published. */
    ACTIVE,
    /** Hidden for now; the target can make it ACTIVE again. */
    PAUSED,
    /** Taken down; kept so a rule does not place the article again. */
    WITHDRAWN
}
