package health.clinicapi.demo;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import health.clinicapi.audit.Actor;
import health.clinicapi.clinic.ClinicEntity;
import health.clinicapi.clinic.ClinicInput;
import health.clinicapi.clinic.ClinicService;
import health.clinicapi.clinic.Contact;

/**
 * Fills an empty embedded database with a small demo network, through the same service (and so the same rules) as
 * the API. Written by us; names, addresses and numbers are fictional (555-01xx numbers, .example domains).
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);

    private final DemoConfig config;
    private final ClinicService clinics;
    private final CatalogDemoContent catalog;
    private final DemoDisclaimers disclaimers;
    private final DemoArticles articles;
    private final DemoSyndication syndication;

    public DemoContentLoader(DemoConfig config, ClinicService clinics, CatalogDemoContent catalog,
            DemoDisclaimers disclaimers, DemoArticles articles, DemoSyndication syndication) {
        this.config = config;
        this.clinics = clinics;
        this.catalog = catalog;
        this.disclaimers = disclaimers;
        this.articles = articles;
        this.syndication = syndication;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!config.enabled() || ClinicEntity.count() > 0) {
            return;
        }
        DEMO_CLINICS.forEach(clinic -> clinics.create(clinic, Actor.SYSTEM));
        int indications = catalog.load();
        int disclaimerCount = disclaimers.load();
        int articleCount = articles.load();
        int placements = syndication.load();
        LOG.infof("Loaded demo content: %d clinics, %d catalog indications, %d disclaimers, %d articles, "
                + "%d syndicated placements (disable with CLINICAPI_DEMO_ENABLED=false)", DEMO_CLINICS.size(),
                indications, disclaimerCount, articleCount, placements);
    }

    static final List<ClinicInput> DEMO_CLINICS = List.of(
            new ClinicInput("harbor-aesthetics", "Harbor Aesthetics Medical Spa", "https://harbor-aesthetics.example",
                    "/learn/{slug}", List.of("en-US", "es-US"), "en-US", "US-WA",
                    new Contact("hello@harbor-aesthetics.example", "+1 206 555 0142", "1200 Alder Pier Way, Suite 3",
                            "Seattle", "WA", "98101", "US"),
                    Map.of("bookingUrl", "https://harbor-aesthetics.example/book", "leadInjector",
                            "Dana Whitfield, RN"),
                    List.of("https://harbor-aesthetics.example")),
            new ClinicInput("cedar-dermatology", "Cedar Hills Dermatology", "https://cedar-derm.example",
                    "/patient-education/{slug}", List.of("en-US"), "en-US", "US-TX",
                    new Contact("frontdesk@cedar-derm.example", "+1 512 555 0187", "88 Cedar Hills Parkway",
                            "Austin", "TX", "78735", "US"),
                    Map.of("bookingUrl", "https://cedar-derm.example/appointments"),
                    List.of("https://cedar-derm.example")),
            new ClinicInput("lakeshore-skin", "Lakeshore Skin Clinic", "https://lakeshore-skin.example",
                    "/{locale}/articles/{slug}", List.of("en-CA", "fr-CA"), "en-CA", "CA-ON",
                    new Contact("info@lakeshore-skin.example", "+1 416 555 0163", "410 Queens Quay West", "Toronto",
                            "ON", "M5V 3A1", "CA"),
                    Map.of(), List.of()));
}
