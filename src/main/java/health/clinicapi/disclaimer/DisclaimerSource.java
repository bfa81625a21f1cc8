package health.clinicapi.disclaimer;

/** Whether a disclaimer is the network's default or a clinic's own override of the same key. */
public enum DisclaimerSource {
    NETWORK, CLINIC
}
