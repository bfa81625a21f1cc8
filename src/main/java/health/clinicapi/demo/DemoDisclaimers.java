package health.clinicapi.demo;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import health.clinicapi.audit.Actor;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.disclaimer.ContentType;
import health.clinicapi.disclaimer.DisclaimerInput;
import health.clinicapi.disclaimer.DisclaimerKind;
import health.clinicapi.disclaimer.DisclaimerRuleInput;
import health.clinicapi.disclaimer.DisclaimerRuleService;
import health.clinicapi.disclaimer.DisclaimerService;
import health.clinicapi.disclaimer.RuleCondition;

/** Demo disclaimers, one clinic override and the two basic rules, written by us, loaded through the services. */
@ApplicationScoped
class DemoDisclaimers {

    private final DisclaimerService disclaimers;
    private final DisclaimerRuleService rules;
    private final ClinicService clinics;

    DemoDisclaimers(DisclaimerService disclaimers, DisclaimerRuleService rules, ClinicService clinics) {
        this.disclaimers = disclaimers;
        this.rules = rules;
        this.clinics = clinics;
    }

    /** Must run in the caller's transaction, after the demo clinics exist. */
    int load() {
        NETWORK.forEach(d -> disclaimers.create(null, d, Actor.SYSTEM));
        disclaimers.create(clinics.require("harbor-aesthetics").id, HARBOR_RESULTS_VARY, Actor.SYSTEM);
        RULES.forEach(r -> rules.create(r, Actor.SYSTEM));
        return NETWORK.size() + 1;
    }

    static final List<DisclaimerInput> NETWORK = List.of(
            new DisclaimerInput("general-medical-advice", DisclaimerKind.MEDICAL_ADVICE, "en-US",
                    "Educational information only",
                    "This page is for general education. It does not replace a consultation with a licensed "
                            + "clinician who knows your health history, and it is not a diagnosis or a treatment "
                            + "plan. If you have questions about your own situation, speak with a qualified "
                            + "professional. In an emergency, call your local emergency number.",
                    "Educational only; not a substitute for a consultation with a licensed clinician.", null),
            new DisclaimerInput("general-medical-advice", DisclaimerKind.MEDICAL_ADVICE, "es-US",
                    "Solo información educativa",
                    "Esta página ofrece información general con fines educativos. No sustituye una consulta con "
                            + "un profesional de la salud con licencia que conozca su historial, ni es un "
                            + "diagnóstico o un plan de tratamiento. Si tiene preguntas sobre su caso, consulte a "
                            + "un profesional calificado. En una emergencia, llame al número de emergencias local.",
                    "Solo educativo; no sustituye una consulta con un profesional de la salud con licencia.", null),
            new DisclaimerInput("off-label-use", DisclaimerKind.OFF_LABEL, "en-US", "About off-label use",
                    "Some uses described here have not been approved by the FDA for this product. Clinicians may "
                            + "still prescribe a product off-label when, in their professional judgment and based on "
                            + "the available evidence, it suits a patient. Ask your clinician which uses are "
                            + "approved, what the evidence shows, and what the alternatives are.",
                    "Some uses described are not FDA-approved for this product (off-label use).", null),
            new DisclaimerInput("results-vary", DisclaimerKind.RESULTS_VARY, "en-US", "Individual results vary",
                    "Results differ from person to person. Photos, timelines and outcomes described here are "
                            + "examples, not promises; your own results depend on your anatomy, health and how "
                            + "your body responds.",
                    "Individual results vary.", null),
            new DisclaimerInput("insurance", DisclaimerKind.INSURANCE, "en-US", "Insurance coverage",
                    "Cosmetic treatments are usually not covered by health insurance. Some medical uses may be "
                            + "covered; check with your insurer before treatment, as coverage depends on your plan "
                            + "and diagnosis.",
                    "Coverage varies; check with your insurer before treatment.", null));

    static final DisclaimerInput HARBOR_RESULTS_VARY = new DisclaimerInput("results-vary",
            DisclaimerKind.RESULTS_VARY, "en-US", "Your results are your own",
            "Every face and body responds differently. The before-and-after photos on this site show real patients "
                    + "of our medical spa, with their consent, and are not a guarantee of your outcome. Your "
                    + "injector will talk you through realistic expectations at your consultation.",
            "Results vary from patient to patient; photos are not a guarantee.", null);

    static final List<DisclaimerRuleInput> RULES = List.of(
            new DisclaimerRuleInput("health-content-general-advice", "general-medical-advice",
                    Set.of(ContentType.ARTICLE, ContentType.INDICATION), RuleCondition.ALWAYS, null, null, 10, true),
            new DisclaimerRuleInput("unapproved-indications-off-label", "off-label-use",
                    Set.of(ContentType.ARTICLE, ContentType.INDICATION, ContentType.SNIPPET),
                    RuleCondition.INDICATION_STATUS_NOT_APPROVED, null, null, 20, true));
}
