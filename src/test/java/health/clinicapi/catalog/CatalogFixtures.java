package health.clinicapi.catalog;

import java.time.LocalDate;
import java.util.List;

import io.restassured.http.ContentType;

import health.clinicapi.content.Block;
import health.clinicapi.person.Person;
import health.clinicapi.person.PersonInput;
import health.clinicapi.person.Photo;
import health.clinicapi.support.Api;
import health.clinicapi.support.Keys;

/** Small builders for people and catalog resources with the slugs a test chooses (make them unique). */
public final class CatalogFixtures {

    public static final String LABEL = "https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/103000s5322lbl.pdf";

    private CatalogFixtures() {
    }

    public static PersonInput person(String slug, boolean reviewer) {
        return new PersonInput(slug, "Person " + slug, List.of("MD", "FAAD"), "Board-certified dermatologist",
                "Writes about skin.", new Photo("https://images.example/" + slug + ".jpg", "Portrait of " + slug),
                "https://people.example/" + slug, reviewer);
    }

    public static TreatmentInput treatment(String slug) {
        return new TreatmentInput(slug, "Treatment " + slug, "onabotulinumtoxinA", List.of("Botox", "Botox Cosmetic"),
                TreatmentCategory.NEUROMODULATOR, "Relaxes muscles by blocking nerve signals.", "AbbVie");
    }

    public static ConditionInput condition(String slug) {
        return new ConditionInput(slug, "Condition " + slug, List.of("excessive sweating, underarms"), "Underarms",
                "L74.510");
    }

    public static RegulatoryStatusEntry approved(String jurisdiction, String product, int year) {
        return new RegulatoryStatusEntry(jurisdiction, product, RegulatoryStatus.APPROVED, year, null, LABEL);
    }

    public static RegulatoryStatusEntry status(String jurisdiction, String product, RegulatoryStatus status) {
        return new RegulatoryStatusEntry(jurisdiction, product, status, null, "Not in the label.", null);
    }

    public static IndicationInput indication(String slug, String treatment, String condition, String reviewer,
            List<RegulatoryStatusEntry> statuses) {
        return new IndicationInput(slug, treatment, condition, statuses, EvidenceLevel.HIGH,
                "Blocks acetylcholine release at sweat glands.", List.of("armpits"), new OnsetRange(2, 4),
                new DurationRange(4, 12), new SessionDetails("About 10 to 15 injections per underarm.", 10, 15, 20),
                "Often covered when topical treatment failed.", "Reduces underarm sweating.",
                List.of(new Reference("Prescribing information", LABEL, "FDA", 2023)),
                reviewer == null ? null : LocalDate.of(2025, 1, 15), reviewer,
                List.of(new Block.Heading(2, "How it works"), new Block.Paragraph(List.of(
                        new Block.Span("Treatment blocks the nerve signal that ", null, null),
                        new Block.Span("switches on", java.util.Set.of(Block.Mark.BOLD), null),
                        new Block.Span(" sweat glands.", null, new Block.Link(LABEL, "Label"))))));
    }

    public static Person createPerson(String slug, boolean reviewer) {
        return post("/v1/manage/people", person(slug, reviewer)).as(Person.class);
    }

    public static Treatment createTreatment(String slug) {
        return post("/v1/manage/treatments", treatment(slug)).as(Treatment.class);
    }

    public static Condition createCondition(String slug) {
        return post("/v1/manage/conditions", condition(slug)).as(Condition.class);
    }

    public static Indication createIndication(IndicationInput input) {
        return post("/v1/manage/indications", input).as(Indication.class);
    }

    /** A treatment, a condition, a reviewer and an indication between them, all with slugs made from {@code tag}. */
    public static Indication createIndicationWithParts(String tag) {
        createTreatment(tag + "-t");
        createCondition(tag + "-c");
        createPerson(tag + "-r", true);
        return createIndication(indication(tag + "-i", tag + "-t", tag + "-c", tag + "-r",
                List.of(approved("US", "Botox", 2004))));
    }

    private static io.restassured.response.Response post(String path, Object body) {
        Api.configure();
        var response = Keys.asAdmin().contentType(ContentType.JSON).body(body).when().post(path);
        response.then().statusCode(201);
        return response;
    }
}
