package health.clinicapi.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import health.clinicapi.audit.Actor;
import health.clinicapi.catalog.ConditionInput;
import health.clinicapi.catalog.ConditionService;
import health.clinicapi.catalog.IndicationService;
import health.clinicapi.catalog.TreatmentCategory;
import health.clinicapi.catalog.TreatmentInput;
import health.clinicapi.catalog.TreatmentService;
import health.clinicapi.person.PersonInput;
import health.clinicapi.person.PersonService;
import health.clinicapi.person.Photo;

/**
 * The demo catalog: two fictional people, the Botox treatment family, its conditions and indications (see
 * {@link DemoIndications}), loaded through the services so the demo obeys the API's rules. Texts are our own words.
 */
@ApplicationScoped
class CatalogDemoContent {

    private final PersonService people;
    private final TreatmentService treatments;
    private final ConditionService conditions;
    private final IndicationService indications;

    CatalogDemoContent(PersonService people, TreatmentService treatments, ConditionService conditions,
            IndicationService indications) {
        this.people = people;
        this.treatments = treatments;
        this.conditions = conditions;
        this.indications = indications;
    }

    /** Loads everything inside the caller's transaction; returns how many indications were loaded. */
    int load() {
        PEOPLE.forEach(person -> people.create(person, Actor.SYSTEM));
        TREATMENTS.forEach(treatment -> treatments.create(treatment, Actor.SYSTEM));
        CONDITIONS.forEach(condition -> conditions.create(condition, Actor.SYSTEM));
        DemoIndications.ALL.forEach(indication -> indications.create(indication, Actor.SYSTEM));
        return DemoIndications.ALL.size();
    }

    static final List<PersonInput> PEOPLE = List.of(
            new PersonInput("avery-lindqvist", "Avery Lindqvist", List.of("MD", "FAAD"),
                    "Board-certified dermatologist",
                    "Avery Lindqvist is a fictional dermatologist who reviews the medical content of the demo network. "
                            + "Interests: hyperhidrosis, cosmetic dermatology and patient education.",
                    new Photo("https://images.example/people/avery-lindqvist.jpg",
                            "Dr. Avery Lindqvist, a dermatologist, in a clinic hallway"),
                    "https://harbor-aesthetics.example/team/avery-lindqvist", true),
            new PersonInput("jordan-reyes", "Jordan Reyes", List.of("BSN", "RN"), "Aesthetic nurse injector",
                    "Jordan Reyes is a fictional nurse injector who writes patient guides about neuromodulator "
                            + "treatments for the demo network.",
                    null, null, false));

    static final List<TreatmentInput> TREATMENTS = List.of(
            new TreatmentInput("botox", "Botox", "onabotulinumtoxinA", List.of("Botox", "Botox Cosmetic"),
                    TreatmentCategory.NEUROMODULATOR,
                    "A purified botulinum toxin type A. Injected in small doses, it blocks the release of "
                            + "acetylcholine where nerves meet muscles or sweat glands, so the treated muscle relaxes "
                            + "or the gland sweats less for several months.",
                    "AbbVie (Allergan Aesthetics)"));

    static final List<ConditionInput> CONDITIONS = List.of(
            new ConditionInput("blepharospasm", "Blepharospasm", List.of("eyelid spasm", "uncontrolled blinking"),
                    "Eyelids", "G24.5"),
            new ConditionInput("strabismus", "Strabismus", List.of("crossed eyes", "squint", "eye misalignment"),
                    "Eyes", "H50.9"),
            new ConditionInput("cervical-dystonia", "Cervical dystonia",
                    List.of("spasmodic torticollis", "neck dystonia"), "Neck", "G24.3"),
            new ConditionInput("axillary-hyperhidrosis", "Severe underarm sweating (primary axillary hyperhidrosis)",
                    List.of("excessive underarm sweating", "axillary hyperhidrosis"), "Underarms", "L74.510"),
            new ConditionInput("palmar-hyperhidrosis", "Excessive sweating of the palms (palmar hyperhidrosis)",
                    List.of("sweaty palms", "sweaty hands"), "Hands", "L74.512"),
            new ConditionInput("plantar-hyperhidrosis", "Excessive sweating of the soles (plantar hyperhidrosis)",
                    List.of("sweaty feet"), "Feet", "L74.513"),
            new ConditionInput("chronic-migraine", "Chronic migraine",
                    List.of("migraine on 15 or more days a month"), "Head", "G43.709"),
            new ConditionInput("upper-limb-spasticity", "Upper limb spasticity",
                    List.of("arm spasticity", "muscle stiffness after stroke"), "Arms and hands", null),
            new ConditionInput("neurogenic-detrusor-overactivity",
                    "Urinary incontinence from neurogenic detrusor overactivity",
                    List.of("neurogenic bladder", "bladder leakage from spinal cord injury or MS"), "Bladder", null),
            new ConditionInput("overactive-bladder", "Overactive bladder",
                    List.of("OAB", "urge incontinence", "urinary urgency"), "Bladder", "N32.81"),
            new ConditionInput("glabellar-lines", "Frown lines between the eyebrows (glabellar lines)",
                    List.of("frown lines", "11 lines"), "Face", null),
            new ConditionInput("lateral-canthal-lines", "Crow's feet (lateral canthal lines)",
                    List.of("crow's feet", "smile lines at the eyes"), "Face", null),
            new ConditionInput("forehead-lines", "Forehead lines", List.of("horizontal forehead lines", "worry lines"),
                    "Face", null),
            new ConditionInput("platysma-bands", "Neck bands (platysma bands)",
                    List.of("vertical neck bands", "turkey neck bands"), "Neck and jawline", null),
            new ConditionInput("bruxism", "Teeth grinding and jaw clenching (bruxism)",
                    List.of("teeth grinding", "jaw clenching", "TMJ pain", "masseter hypertrophy"), "Jaw", null),
            new ConditionInput("acne", "Acne", List.of("acne vulgaris", "oily skin"), "Face", "L70.0"),
            new ConditionInput("major-depressive-disorder", "Major depressive disorder",
                    List.of("depression", "clinical depression"), "Mind", null));
}
