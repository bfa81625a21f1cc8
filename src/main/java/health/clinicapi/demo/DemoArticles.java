package health.clinicapi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import health.clinicapi.article.Article;
import health.clinicapi.article.ArticleInput;
import health.clinicapi.article.ArticleService;
import health.clinicapi.article.ArticleWorkflow;
import health.clinicapi.article.HeroImage;
import health.clinicapi.article.Seo;
import health.clinicapi.audit.Actor;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.content.Block;
import health.clinicapi.content.Block.Span;

/**
 * Two published demo articles for Harbor Aesthetics, written in our own words and kept conservative: approval years
 * are those of the first US FDA approval of each use. Together they use every block type. Loaded through the
 * services, so they obey the API's rules and get revisions and audit entries like any article.
 */
@ApplicationScoped
class DemoArticles {

    private static final String CLINIC = "harbor-aesthetics";
    private static final String AUTHOR = "jordan-reyes";
    private static final String REVIEWER = "avery-lindqvist";
    private static final LocalDate REVIEWED = LocalDate.of(2025, 6, 2);
    private static final String LABEL = "https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/103000s5322lbl.pdf";
    private static final String BOOK = "https://harbor-aesthetics.example/book";

    private final ClinicService clinics;
    private final ArticleService articles;
    private final ArticleWorkflow workflow;

    DemoArticles(ClinicService clinics, ArticleService articles, ArticleWorkflow workflow) {
        this.clinics = clinics;
        this.articles = articles;
        this.workflow = workflow;
    }

    /** Creates and publishes the articles inside the caller's transaction; returns how many. */
    int load() {
        var clinic = clinics.require(CLINIC).id;
        for (ArticleInput input : List.of(beyondWrinkles(), cosmeticVsOffLabel())) {
            Article draft = articles.create(clinic, input, Actor.SYSTEM);
            workflow.publish(clinic, draft.slug(), draft.locale(), "\"" + draft.version() + "\"", null,
                    Actor.SYSTEM);
        }
        return 2;
    }

    private static Span text(String text) {
        return new Span(text, null, null);
    }

    private static Span bold(String text) {
        return new Span(text, Set.of(Block.Mark.BOLD), null);
    }

    private static Span italic(String text) {
        return new Span(text, Set.of(Block.Mark.ITALIC), null);
    }

    private static Span link(String text, String href, String title) {
        return new Span(text, null, new Block.Link(href, title));
    }

    private static Block.Paragraph paragraph(Span... spans) {
        return new Block.Paragraph(List.of(spans));
    }

    private static Block.ListItem item(String text) {
        return new Block.ListItem(List.of(text(text)), null);
    }

    static ArticleInput beyondWrinkles() {
        List<Block> body = List.of(
                paragraph(text("Most people know Botox as a wrinkle treatment, but the same medicine, "),
                        italic("onabotulinumtoxinA"),
                        text(", was first approved for medical conditions. It works by calming overactive nerve "
                                + "signals to muscles or sweat glands, and the effect wears off over a few months.")),
                new Block.Heading(2, "Medical uses approved in the US"),
                paragraph(text("The US Food and Drug Administration (FDA) has approved Botox for several medical "
                        + "conditions. The "), link("prescribing information", LABEL, "Botox prescribing information"),
                        text(" lists each approved use and who it is for.")),
                new Block.BulletList(false, List.of(
                        new Block.ListItem(List.of(bold("Chronic migraine"),
                                text(" (approved 2010): adults with headaches on 15 or more days a month.")),
                                new Block.BulletList(false, List.of(
                                        item("Injections are given around the head and neck about every 12 weeks."),
                                        item("It is meant to prevent headaches, not to stop one in progress.")))),
                        new Block.ListItem(List.of(bold("Severe underarm sweating"),
                                text(" (approved 2004): when antiperspirants are not enough.")), null),
                        new Block.ListItem(List.of(bold("Cervical dystonia"),
                                text(": involuntary tightening of the neck muscles.")), null),
                        new Block.ListItem(List.of(bold("Blepharospasm"),
                                text(": uncontrolled blinking or closing of the eyelids.")), null),
                        new Block.ListItem(List.of(bold("Overactive bladder"),
                                text(": in adults for whom bladder medicines did not work or were not "
                                        + "tolerated.")),
                                null))),
                new Block.IndicationRef("botox-chronic-migraine"),
                new Block.IndicationRef("botox-axillary-hyperhidrosis"),
                new Block.IndicationRef("botox-cervical-dystonia"),
                new Block.IndicationRef("botox-blepharospasm"),
                new Block.IndicationRef("botox-overactive-bladder"),
                new Block.Callout(Block.Tone.INFO, "Who gives these treatments",
                        List.of(text("Medical uses of Botox are usually managed by specialists such as neurologists, "
                                + "dermatologists or urologists, who decide the dose and the injection sites."))),
                new Block.DisclaimerRef("general-medical-advice"),
                new Block.CallToAction("Ask us about underarm sweating", BOOK,
                        "Book a consultation to talk through your options."));
        return new ArticleInput(null, "en-US", null, "What Botox treats beyond wrinkles",
                "Migraine, sweating, muscle spasms and bladder control",
                "Botox is approved in the US for several medical conditions, from chronic migraine to severe "
                        + "underarm sweating. Here is what each use involves.",
                new HeroImage("https://images.example/articles/botox-medical-uses.jpg",
                        "A clinician marks injection points on a patient's forehead before a migraine treatment",
                        null, "Harbor Aesthetics", new HeroImage.FocalPoint(0.5, 0.35)),
                body, List.of("botox", "migraine", "hyperhidrosis"), List.of("botox"), List.of(), AUTHOR, REVIEWER,
                REVIEWED, true, new Seo("What Botox treats beyond wrinkles",
                        "FDA-approved medical uses of Botox: chronic migraine, severe underarm sweating, neck and "
                                + "eyelid spasms and overactive bladder.",
                        null, false));
    }

    static ArticleInput cosmeticVsOffLabel() {
        List<Block> body = List.of(
                paragraph(text("Botox Cosmetic is approved in the US for a few specific facial lines. Clinicians "
                        + "sometimes use it elsewhere too; that is called "), italic("off-label"),
                        text(" use, and it is worth understanding what that means before a treatment.")),
                new Block.Heading(2, "What the label covers"),
                new Block.BulletList(true, List.of(
                        new Block.ListItem(List.of(bold("Frown lines between the brows"),
                                text(" (glabellar lines), approved in 2002.")), null),
                        new Block.ListItem(List.of(bold("Crow's feet"),
                                text(" (lateral canthal lines), approved in 2013.")), null),
                        new Block.ListItem(List.of(bold("Forehead lines"), text(", approved in 2017.")), null))),
                new Block.IndicationRef("botox-cosmetic-glabellar-lines"),
                new Block.IndicationRef("botox-cosmetic-lateral-canthal-lines"),
                new Block.IndicationRef("botox-cosmetic-forehead-lines"),
                new Block.Image("https://images.example/articles/botox-cosmetic-areas.jpg",
                        "Illustration of a face with the brow, eye-corner and forehead areas highlighted",
                        "The three areas in the Botox Cosmetic label.", "Harbor Aesthetics"),
                new Block.Heading(2, "Common off-label uses"),
                paragraph(text("Using an approved medicine for another purpose is legal when a clinician judges it "
                        + "suitable, but "), bold("the evidence is often thinner"),
                        text(" and insurance rarely pays.")),
                new Block.BulletList(false, List.of(
                        new Block.ListItem(List.of(bold("Sweaty palms"),
                                text(" (palmar hyperhidrosis): the underarm approval does not extend to the "
                                        + "hands.")),
                                null),
                        new Block.ListItem(List.of(bold("Jaw muscles"),
                                text(": injections into the masseter for clenching or grinding, or to slim the "
                                        + "jawline.")),
                                null))),
                new Block.IndicationRef("botox-palmar-hyperhidrosis"),
                new Block.IndicationRef("botox-bruxism"),
                new Block.Quote(List.of(text("Off-label does not mean unsafe or forbidden, but you deserve to know "
                        + "which uses are approved and what the evidence shows.")), "Avery Lindqvist, MD"),
                new Block.Callout(Block.Tone.WARNING, "Ask before you book",
                        List.of(text("Ask your injector whether your treatment area is in the label, what results "
                                + "to expect and what the alternatives are."))),
                new Block.DisclaimerRef("off-label-use"),
                new Block.CallToAction("Book a consultation", BOOK, null));
        return new ArticleInput(null, "en-US", null, "Cosmetic vs off-label Botox: what the label covers",
                "Approved facial lines, and the uses that are not in the label",
                "Botox Cosmetic is FDA-approved for frown lines, crow's feet and forehead lines. Other uses, such "
                        + "as sweaty palms or jaw slimming, are off-label.",
                new HeroImage("https://images.example/articles/botox-cosmetic-label.jpg",
                        "A nurse injector talks with a client in a bright treatment room", null,
                        "Harbor Aesthetics", null),
                body, List.of("botox", "botox-cosmetic", "off-label"), List.of("botox"), List.of(), AUTHOR,
                REVIEWER, REVIEWED, true, new Seo("Cosmetic vs off-label Botox",
                        "Which facial lines Botox Cosmetic is FDA-approved for, and what off-label use means for "
                                + "palms and jaw treatments.",
                        null, false));
    }
}
