package health.clinicapi.jsonld;

import java.util.List;

/**
 * A treatment the article mentions.
 *
 * @param slug catalog slug, used for the node's {@code @id}; required
 * @param kind {@value #DRUG} for medicines (e.g. onabotulinumtoxinA), {@value #MEDICAL_THERAPY} for procedures
 * @param nonProprietaryName generic name; only a {@code Drug} carries it
 */
public record TreatmentLd(String slug, String kind, String name, String nonProprietaryName, List<String> brandNames,
        List<IndicationLd> indications) {

    /** {@link #kind()} of a medicine: schema.org {@code Drug}. */
    public static final String DRUG = "Drug";
    /** {@link #kind()} of a procedure: schema.org {@code MedicalTherapy}. */
    public static final String MEDICAL_THERAPY = "MedicalTherapy";
}
