package health.clinicapi.catalog;

/** What kind of product or procedure a treatment is. */
public enum TreatmentCategory {
    NEUROMODULATOR, DERMAL_FILLER, LASER_LIGHT, CHEMICAL_PEEL, MICRONEEDLING, TOPICAL, ORAL_MEDICATION, PROCEDURE, OTHER
}
