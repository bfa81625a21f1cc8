package health.clinicapi.demo;

import java.time.LocalDate;
import java.util.List;

import health.clinicapi.catalog.DurationRange;
import health.clinicapi.catalog.EvidenceLevel;
import health.clinicapi.catalog.IndicationInput;
import health.clinicapi.catalog.Reference;
import health.clinicapi.catalog.RegulatoryStatus;
import health.clinicapi.catalog.RegulatoryStatusEntry;
import health.clinicapi.catalog.SessionDetails;

/**
 * Demo indications of Botox and Botox Cosmetic with their US FDA status. Approval years are those of the first FDA
 * approval of each use; numbers (units, injection sites, intervals) are only given where the US prescribing
 * information states them. Evidence levels are editorial demo values, not a formal GRADE assessment.
 */
final class DemoIndications {

    private static final String FDA = "U.S. Food and Drug Administration";
    private static final String LABEL_URL = "https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/103000s5322lbl.pdf";
    private static final String DRUGS_AT_FDA_URL = "https://www.accessdata.fda.gov/scripts/cder/daf/index.cfm?event=overview.process&ApplNo=103000";
    private static final Reference LABEL = new Reference(
            "BOTOX (onabotulinumtoxinA) for injection, prescribing information", LABEL_URL, FDA, 2023);
    private static final Reference DRUGS_AT_FDA = new Reference(
            "Drugs@FDA: BLA 103000, Botox and Botox Cosmetic (onabotulinumtoxinA)", DRUGS_AT_FDA_URL, FDA, null);
    private static final Reference SWEATHELP = new Reference(
            "International Hyperhidrosis Society: treatment information", "https://www.sweathelp.org",
            "International Hyperhidrosis Society", null);
    private static final LocalDate REVIEWED = LocalDate.of(2025, 6, 2);

    private static final String MUSCLE = "Blocks the release of acetylcholine at the nerve endings of the injected "
            + "muscles, which weakens the overactive contraction for a few months until new nerve endings grow.";
    private static final String SWEAT = "Blocks the nerve signal (acetylcholine) that switches on the eccrine sweat "
            + "glands in the injected skin, so they produce much less sweat until the nerve endings recover.";
    private static final String BLADDER = "Relaxes the bladder wall muscle (detrusor) by blocking acetylcholine "
            + "release, which reduces sudden contractions, urgency and leaks.";
    private static final String LINES = "Relaxes the small facial muscles whose repeated contraction folds the skin "
            + "into lines, so the lines soften while the muscles rest.";
    private static final String COSMETIC_INSURANCE = "A cosmetic treatment; health insurance does not usually pay for it.";
    private static final String MEDICAL_INSURANCE = "A medical use; many insurers cover it, often after prior "
            + "authorization.";
    private static final String OFF_LABEL_INSURANCE = "Not an approved use, so insurers often decline to pay; "
            + "ask before treatment.";

    private DemoIndications() {
    }

    static final List<IndicationInput> ALL = List.of(
            approved("botox-blepharospasm", "blepharospasm", "Botox", 1989, EvidenceLevel.MODERATE, MUSCLE,
                    List.of("eyelids"), null, null, MEDICAL_INSURANCE,
                    "Approved in the US since 1989 for blepharospasm associated with dystonia in patients 12 and "
                            + "older: small injections into the eyelid muscles ease involuntary blinking and closing."),
            approved("botox-strabismus", "strabismus", "Botox", 1989, EvidenceLevel.MODERATE, MUSCLE,
                    List.of("eye muscles"), null, null, MEDICAL_INSURANCE,
                    "Approved in the US since 1989 for strabismus in patients 12 and older: an injection into an "
                            + "eye muscle weakens it so the eyes line up better."),
            approved("botox-cervical-dystonia", "cervical-dystonia", "Botox", 2000, EvidenceLevel.HIGH, MUSCLE,
                    List.of("neck", "shoulders"), null, null, MEDICAL_INSURANCE,
                    "Approved in the US since 2000 for adults with cervical dystonia, to ease abnormal head "
                            + "position and neck pain. The dose is set for each patient."),
            approved("botox-axillary-hyperhidrosis", "axillary-hyperhidrosis", "Botox", 2004, EvidenceLevel.HIGH,
                    SWEAT, List.of("armpits"), new DurationRange(4, 12),
                    new SessionDetails("About 50 units per underarm, spread over 10 to 15 shallow injections into "
                            + "the sweating skin.", 10, 15, null),
                    MEDICAL_INSURANCE,
                    "Approved in the US since 2004 for severe underarm sweating in adults when creams and "
                            + "antiperspirants are not enough. Relief usually lasts several months (about 4 to 12; "
                            + "around half a year is typical) before a repeat treatment."),
            approved("botox-chronic-migraine", "chronic-migraine", "Botox", 2010, EvidenceLevel.HIGH,
                    "Thought to calm pain pathways by reducing the release of pain-signalling substances from "
                            + "sensory nerve endings; the exact mechanism in migraine is not fully understood.",
                    List.of("forehead", "temples", "back of the head", "neck", "shoulders"), null,
                    new SessionDetails("155 units as 31 injections across 7 areas of the head and neck, repeated "
                            + "every 12 weeks.", 31, 31, null),
                    MEDICAL_INSURANCE,
                    "Approved in the US in 2010 to prevent headaches in adults with chronic migraine (headache on "
                            + "15 or more days a month). It is not approved for episodic migraine."),
            approved("botox-upper-limb-spasticity", "upper-limb-spasticity", "Botox", 2010, EvidenceLevel.HIGH,
                    MUSCLE, List.of("elbow", "wrist", "fingers"), null, null, MEDICAL_INSURANCE,
                    "Approved in the US in 2010 for upper limb spasticity in adults, for example after a stroke: "
                            + "injections into stiff arm and hand muscles loosen them. The dose is set for each "
                            + "patient."),
            approved("botox-neurogenic-detrusor-overactivity", "neurogenic-detrusor-overactivity", "Botox", 2011,
                    EvidenceLevel.HIGH, BLADDER, List.of("bladder"), null,
                    new SessionDetails("200 units as 30 injections into the bladder wall through a cystoscope.", 30,
                            30, null),
                    MEDICAL_INSURANCE,
                    "Approved in the US in 2011 for urinary incontinence from neurogenic detrusor overactivity in "
                            + "adults with a spinal cord injury or multiple sclerosis who did not do well enough on "
                            + "anticholinergic medicine."),
            approved("botox-overactive-bladder", "overactive-bladder", "Botox", 2013, EvidenceLevel.HIGH, BLADDER,
                    List.of("bladder"), null,
                    new SessionDetails("100 units as 20 injections into the bladder wall through a cystoscope.", 20,
                            20, null),
                    MEDICAL_INSURANCE,
                    "Approved in the US in 2013 for adults with overactive bladder (urgency, frequency and leaks) "
                            + "when anticholinergic medicine did not help enough or was not tolerated."),
            approved("botox-cosmetic-glabellar-lines", "glabellar-lines", "Botox Cosmetic", 2002,
                    EvidenceLevel.HIGH, LINES, List.of("between the eyebrows"), new DurationRange(3, 4),
                    new SessionDetails("20 units as 5 small injections into the frown muscles.", 5, 5, null),
                    COSMETIC_INSURANCE,
                    "Approved in the US in 2002 to temporarily improve the look of moderate to severe frown lines "
                            + "between the eyebrows in adults. Results usually last about 3 to 4 months."),
            approved("botox-cosmetic-lateral-canthal-lines", "lateral-canthal-lines", "Botox Cosmetic", 2013,
                    EvidenceLevel.HIGH, LINES, List.of("outer corners of the eyes"), null,
                    new SessionDetails("24 units in total: 3 injections of 4 units beside each eye.", 6, 6, null),
                    COSMETIC_INSURANCE,
                    "Approved in the US in 2013 to temporarily improve the look of moderate to severe crow's feet "
                            + "in adults."),
            approved("botox-cosmetic-forehead-lines", "forehead-lines", "Botox Cosmetic", 2017, EvidenceLevel.HIGH,
                    LINES, List.of("forehead"), null,
                    new SessionDetails("20 units as 5 injections into the forehead muscle, given together with "
                            + "treatment of the frown lines (40 units in all).", 5, 5, null),
                    COSMETIC_INSURANCE,
                    "Approved in the US in 2017 to temporarily improve the look of moderate to severe forehead "
                            + "lines in adults, treated together with the frown lines between the eyebrows."),
            approved("botox-cosmetic-platysma-bands", "platysma-bands", "Botox Cosmetic", 2024,
                    EvidenceLevel.MODERATE, LINES, List.of("neck", "jawline"), null, null, COSMETIC_INSURANCE,
                    "Approved in the US in 2024 to temporarily improve the look of moderate to severe vertical "
                            + "bands between the jaw and neck (platysma bands) in adults."),
            unapproved("botox-palmar-hyperhidrosis", "palmar-hyperhidrosis", RegulatoryStatus.OFF_LABEL,
                    EvidenceLevel.LOW, SWEAT, List.of("palms"),
                    "The US label covers underarm sweating only; treating the palms is an off-label use.",
                    "Used off-label for very sweaty palms when other treatments fail. Small studies show less "
                            + "sweating; temporary hand weakness and injection pain are the usual drawbacks.",
                    List.of(SWEATHELP, LABEL)),
            unapproved("botox-plantar-hyperhidrosis", "plantar-hyperhidrosis", RegulatoryStatus.OFF_LABEL,
                    EvidenceLevel.VERY_LOW, SWEAT, List.of("soles"),
                    "The US label covers underarm sweating only; treating the soles is an off-label use.",
                    "Used off-label for very sweaty feet. Evidence is limited to small case series, and injections "
                            + "into the soles are painful without numbing.",
                    List.of(SWEATHELP, LABEL)),
            unapproved("botox-bruxism", "bruxism", RegulatoryStatus.OFF_LABEL, EvidenceLevel.LOW, MUSCLE,
                    List.of("masseter (jaw) muscles"),
                    "Not in the US label; injecting the jaw muscles for grinding, clenching or TMJ pain is off-label.",
                    "Used off-label to relax the chewing muscles in people who grind or clench their teeth. Small "
                            + "trials suggest less pain and clenching; it does not treat the cause.",
                    List.of(LABEL)),
            unapproved("botox-acne", "acne", RegulatoryStatus.OFF_LABEL, EvidenceLevel.VERY_LOW,
                    "Proposed to reduce oil (sebum) production in the injected skin; how much this helps acne is "
                            + "not established.",
                    List.of("face"),
                    "Not in the US label; use for acne or oily skin is off-label and supported by limited evidence.",
                    "Sometimes offered off-label for oily, acne-prone skin. Evidence is limited and proven acne "
                            + "treatments come first.",
                    List.of(LABEL)),
            unapproved("botox-major-depressive-disorder", "major-depressive-disorder",
                    RegulatoryStatus.INVESTIGATIONAL, EvidenceLevel.LOW,
                    "Injections into the frown muscles are being studied for depression; one idea is that "
                            + "relaxing the facial expression of negative emotion feeds back on mood.",
                    List.of("between the eyebrows"),
                    "Not approved for depression anywhere in the US label; studied in clinical trials only.",
                    "Under investigation as an add-on treatment for depression. It is not an approved treatment and "
                            + "does not replace established care.",
                    List.of(LABEL)));

    private static IndicationInput approved(String slug, String condition, String product, int year,
            EvidenceLevel evidence, String mechanism, List<String> areas, DurationRange duration,
            SessionDetails session, String insurance, String summary) {
        String url = product.equals("Botox") ? LABEL_URL : DRUGS_AT_FDA_URL;
        Reference source = product.equals("Botox") ? LABEL : DRUGS_AT_FDA;
        var status = new RegulatoryStatusEntry("US", product, RegulatoryStatus.APPROVED, year,
                "First approved by the FDA for this use in " + year + ".", url);
        return new IndicationInput(slug, "botox", condition, List.of(status), evidence, mechanism, areas, null,
                duration, session, insurance, summary, List.of(source), REVIEWED, "avery-lindqvist", null);
    }

    private static IndicationInput unapproved(String slug, String condition, RegulatoryStatus regulatory,
            EvidenceLevel evidence, String mechanism, List<String> areas, String note, String summary,
            List<Reference> references) {
        var status = new RegulatoryStatusEntry("US", "Botox", regulatory, null, note, null);
        return new IndicationInput(slug, "botox", condition, List.of(status), evidence, mechanism, areas, null, null,
                null, OFF_LABEL_INSURANCE, summary, references, REVIEWED, "avery-lindqvist", null);
    }
}
