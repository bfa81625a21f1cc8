package health.clinicapi.disclaimer;

/** What a disclaimer is about; lets front ends style or group notices without knowing keys. */
public enum DisclaimerKind {
    MEDICAL_ADVICE, OFF_LABEL, RESULTS_VARY, INSURANCE, REGULATORY, OTHER
}
