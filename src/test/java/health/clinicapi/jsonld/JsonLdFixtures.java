package health.clinicapi.jsonld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Sources for the JSON-LD tests: one article with every field, one with only what is required. */
final class JsonLdFixtures {

    static final String URL = "https://www.glowderm.example/articles/botox-for-excessive-sweating";
    static final String BOTOX = URL + "#treatment-botox";
    static final String MIRADRY = URL + "#treatment-miradry";
    static final String HYPERHIDROSIS = URL + "#condition-hyperhidrosis";

    private JsonLdFixtures() {
    }

    /**
     * Botox (a drug) and miraDry (a procedure) for hyperhidrosis. Botox's indications: excessive sweating (an alternate
     * name of the article's condition) and chronic migraine, both approved, masseter hypertrophy off label.
     */
    static ArticleLdSource botoxArticle() {
        return new ArticleLdSource(URL,
                "Botox for excessive sweating",
                "How Botox treats underarm sweating and how long it lasts.",
                "en-US",
                "https://cdn.glowderm.example/img/botox-sweat.jpg",
                Instant.parse("2025-03-01T09:30:00.123Z"),
                Instant.parse("2025-03-04T16:00:00Z"),
                LocalDate.parse("2025-02-27"),
                new PersonLd("Maya Chen", null, "Medical writer", "https://www.glowderm.example/team/maya-chen"),
                new PersonLd("Ana Ruiz", "MD, FAAD", "Board-certified dermatologist", null),
                new PublisherLd("Glow Dermatology", "https://www.glowderm.example", "+1-555-0100",
                        "hello@glowderm.example", "Austin", "US"),
                List.of(new ConditionLd("hyperhidrosis", "Hyperhidrosis", List.of("Excessive sweating"), "L74.5")),
                List.of(new TreatmentLd("botox", TreatmentLd.DRUG, "Botox", "onabotulinumtoxinA",
                        List.of("Botox", "Botox Cosmetic"),
                        List.of(new IndicationLd("excessive sweating", true, "Botox", 2004),
                                new IndicationLd("Chronic migraine", true, "Botox", 2010),
                                new IndicationLd("Masseter hypertrophy", false, null, null))),
                        new TreatmentLd("miradry", TreatmentLd.MEDICAL_THERAPY, "Microwave thermolysis", null,
                                List.of("miraDry"),
                                List.of(new IndicationLd("Hyperhidrosis", true, "miraDry", 2011)))),
                List.of("hyperhidrosis", "Botox", " ", "sweating", "Botox"),
                1180);
    }

    /** Only the URL and headline; everything else null. */
    static ArticleLdSource bare() {
        return new ArticleLdSource(URL, "Botox for excessive sweating", null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
