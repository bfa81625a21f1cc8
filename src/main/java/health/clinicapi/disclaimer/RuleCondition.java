package health.clinicapi.disclaimer;

/** When a disclaimer rule applies to content of its types. */
public enum RuleCondition {
    /** Every health content. */
    ALWAYS,
    /** Content referencing an indication that is not APPROVED in the clinic's jurisdiction, or has no status there. */
    INDICATION_STATUS_NOT_APPROVED,
    /** Content referencing an indication whose status in the clinic's jurisdiction is one of the rule's statuses. */
    INDICATION_STATUS_IN,
    /** Content carrying the rule's tag. */
    TAG
}
