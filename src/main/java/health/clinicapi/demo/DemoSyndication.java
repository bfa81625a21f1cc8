package health.clinicapi.demo;

import jakarta.enterprise.context.ApplicationScoped;

import health.clinicapi.audit.Actor;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.syndication.GrantInput;
import health.clinicapi.syndication.PlacementInput;
import health.clinicapi.syndication.PlacementOverrides;
import health.clinicapi.syndication.SyndicationService;

/**
 * Shows syndication in the embedded default: Harbor Aesthetics lets Cedar Hills Dermatology show its articles, and
 * Cedar places one of them with its own title (resolved with Cedar's city).
 */
@ApplicationScoped
class DemoSyndication {

    static final String ORIGIN = "harbor-aesthetics";
    static final String TARGET = "cedar-dermatology";
    static final String ARTICLE = "what-botox-treats-beyond-wrinkles";

    private final ClinicService clinics;
    private final SyndicationService syndication;

    DemoSyndication(ClinicService clinics, SyndicationService syndication) {
        this.clinics = clinics;
        this.syndication = syndication;
    }

    /** Creates the grant and the placement inside the caller's transaction; returns how many placements. */
    int load() {
        syndication.grant(new GrantInput(ORIGIN, TARGET), Actor.SYSTEM);
        syndication.place(clinics.require(TARGET), new PlacementInput(ORIGIN, ARTICLE, null,
                new PlacementOverrides("Botox beyond wrinkles: what we treat in {{clinic.city}}", null, null, null)),
                Actor.SYSTEM);
        return 1;
    }
}
