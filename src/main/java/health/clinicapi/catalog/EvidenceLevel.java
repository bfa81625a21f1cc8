package health.clinicapi.catalog;

/** Certainty of the evidence behind an indication, in the GRADE system's four levels. */
public enum EvidenceLevel {
    HIGH, MODERATE, LOW, VERY_LOW
}
