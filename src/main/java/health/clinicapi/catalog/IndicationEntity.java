package health.clinicapi.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import io.quarkus.panache.common.Parameters;

import health.clinicapi.common.persistence.JsonStringListConverter;
import health.clinicapi.common.persistence.VersionedEntity;
import health.clinicapi.content.Block;
import health.clinicapi.content.BlockText;
import health.clinicapi.content.BlocksConverter;
import health.clinicapi.person.PersonEntity;

/** A treatment used for a condition, the clinical fact sheet of the shared catalog, as stored. */
@Entity
@Table(name = "indication")
@NamedQuery(name = "Indication.bySlug", query = """
        select i from IndicationEntity i join fetch i.treatment join fetch i.condition left join fetch i.reviewer
        where i.slug = ?1""")
@NamedQuery(name = "Indication.byTreatmentAndCondition", query = "from IndicationEntity i where i.treatment = ?1 and i.condition = ?2")
@NamedQuery(name = "Indication.slugsUsingTreatment", query = "select i.slug from IndicationEntity i where i.treatment.id = ?1 order by i.slug")
@NamedQuery(name = "Indication.slugsUsingCondition", query = "select i.slug from IndicationEntity i where i.condition.id = ?1 order by i.slug")
@NamedQuery(name = "Indication.countByReviewer", query = "select count(i) from IndicationEntity i where i.reviewer.id = ?1")
public class IndicationEntity extends VersionedEntity {

    /** How many referencing slugs a conflict message names. */
    private static final int NAMED_IN_CONFLICT = 5;

    public String slug;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treatment_id")
    public TreatmentEntity treatment;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "condition_id")
    public ConditionEntity condition;
    @ElementCollection
    @CollectionTable(name = "indication_regulatory_status", joinColumns = @JoinColumn(name = "indication_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<RegulatoryStatusRow> regulatoryStatuses = new ArrayList<>();
    @Column(name = "evidence_level")
    @Enumerated(EnumType.STRING)
    public EvidenceLevel evidenceLevel;
    @Column(name = "mechanism_of_action")
    public String mechanismOfAction;
    @Column(name = "treated_areas")
    @Convert(converter = JsonStringListConverter.class)
    public List<String> treatedAreas;
    @Convert(converter = CatalogConverters.Onset.class)
    public OnsetRange onset;
    @Convert(converter = CatalogConverters.Duration.class)
    public DurationRange duration;
    @Column(name = "session_details")
    @Convert(converter = CatalogConverters.Session.class)
    public SessionDetails sessionDetails;
    @Column(name = "insurance_note")
    public String insuranceNote;
    public String summary;
    @Convert(converter = BlocksConverter.class)
    public List<Block> body;
    @Column(name = "reference_list")
    @Convert(converter = CatalogConverters.References.class)
    public List<Reference> references;
    @Column(name = "last_reviewed_at")
    public LocalDate lastReviewedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    public PersonEntity reviewer;

    /** The indication with its treatment, condition and reviewer in one query. */
    public static Optional<IndicationEntity> findBySlug(String slug) {
        return find("#Indication.bySlug", slug).firstResultOptional();
    }

    /** The indications with these slugs, in no particular order; one statement. */
    public static List<IndicationEntity> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    static Optional<IndicationEntity> findByTreatmentAndCondition(TreatmentEntity t, ConditionEntity c) {
        return find("#Indication.byTreatmentAndCondition", t, c).firstResultOptional();
    }

    /** Slugs of (at most a few) indications of the treatment, for a conflict message. */
    static List<String> slugsUsingTreatment(UUID treatmentId) {
        return find("#Indication.slugsUsingTreatment", treatmentId).project(String.class)
                .range(0, NAMED_IN_CONFLICT - 1).list();
    }

    static List<String> slugsUsingCondition(UUID conditionId) {
        return find("#Indication.slugsUsingCondition", conditionId).project(String.class)
                .range(0, NAMED_IN_CONFLICT - 1).list();
    }

    /** How many indications name the person as their medical reviewer. */
    public static long countByReviewer(UUID personId) {
        return find("#Indication.countByReviewer", personId).project(Long.class).singleResult();
    }

    /**
     * Keyset page ordered by slug, with treatment, condition and reviewer fetched in the same query; the regulatory
     * statuses of the page follow in one batched query.
     */
    static List<IndicationEntity> page(IndicationFilter filter, String afterSlug, int limit) {
        StringBuilder jpql = new StringBuilder("""
                select i from IndicationEntity i join fetch i.treatment t join fetch i.condition c
                left join fetch i.reviewer where i.slug > :after""");
        Parameters params = Parameters.with("after", afterSlug);
        if (filter.treatment() != null) {
            jpql.append(" and t.slug = :treatment");
            params.and("treatment", filter.treatment());
        }
        if (filter.condition() != null) {
            jpql.append(" and c.slug = :condition");
            params.and("condition", filter.condition());
        }
        if (filter.status() != null || filter.jurisdiction() != null) {
            jpql.append(" and exists (select 1 from IndicationEntity x join x.regulatoryStatuses s where x.id = i.id");
            if (filter.status() != null) {
                jpql.append(" and s.status = :status");
                params.and("status", filter.status());
            }
            if (filter.jurisdiction() != null) {
                jpql.append(" and s.jurisdiction in :jurisdictions");
                params.and("jurisdictions", Jurisdictions.applicableIn(filter.jurisdiction()));
            }
            jpql.append(")");
        }
        return find(jpql + " order by i.slug", params).range(0, limit - 1).list();
    }

    /**
     * The statuses this indication has in {@code jurisdiction} across its products: those recorded for the
     * jurisdiction itself and, for a subdivision such as US-WA, those of its country (US). Empty when nothing is
     * recorded there.
     */
    /** The status entries that apply in {@code jurisdiction} (its own and, for a subdivision, its country's). */
    public List<RegulatoryStatusEntry> entriesIn(String jurisdiction) {
        List<String> applicable = Jurisdictions.applicableIn(jurisdiction);
        return regulatoryStatuses.stream().filter(row -> applicable.contains(row.jurisdiction))
                .map(RegulatoryStatusEntry::from).toList();
    }

    public Set<RegulatoryStatus> statusIn(String jurisdiction) {
        List<String> applicable = Jurisdictions.applicableIn(jurisdiction);
        Set<RegulatoryStatus> statuses = EnumSet.noneOf(RegulatoryStatus.class);
        for (RegulatoryStatusRow row : regulatoryStatuses) {
            if (applicable.contains(row.jurisdiction)) {
                statuses.add(row.status);
            }
        }
        return statuses;
    }

    void apply(IndicationInput in, TreatmentEntity treatment, ConditionEntity condition, PersonEntity reviewer) {
        slug = in.slug();
        this.treatment = treatment;
        this.condition = condition;
        // A new list instance makes Hibernate rewrite the rows rather than shuffle positions in place.
        regulatoryStatuses = new ArrayList<>(in.regulatoryStatuses().stream().map(RegulatoryStatusRow::from).toList());
        evidenceLevel = in.evidenceLevel();
        mechanismOfAction = in.mechanismOfAction();
        treatedAreas = in.treatedAreas() == null ? List.of() : List.copyOf(in.treatedAreas());
        onset = in.onset();
        duration = in.duration();
        sessionDetails = in.sessionDetails();
        insuranceNote = in.insuranceNote();
        summary = in.summary();
        references = List.copyOf(in.references());
        body = in.body() == null ? List.of() : List.copyOf(in.body());
        lastReviewedAt = in.lastReviewedAt();
        this.reviewer = reviewer;
    }

    /** Words a reader reads: the summary and the visible text of the body. */
    public int wordCount() {
        return BlockText.wordCount(List.of(new Block.Paragraph(List.of(new Block.Span(summary, null, null)))))
                + BlockText.wordCount(body);
    }

}
