package health.clinicapi.catalog;

/** Regulatory status of an indication (a treatment used for a condition) in one jurisdiction, for one product. */
public enum RegulatoryStatus {
    /** Approved by the jurisdiction's regulator for this use of this product. */
    APPROVED,
    /** Legally prescribed by clinicians, but not an approved use of the product. */
    OFF_LABEL,
    /** Under clinical investigation; not approved. */
    INVESTIGATIONAL
}
