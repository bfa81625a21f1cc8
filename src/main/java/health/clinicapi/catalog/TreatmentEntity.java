package health.clinicapi.catalog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import health.clinicapi.common.persistence.JsonStringListConverter;

/** A product or procedure of the shared catalog, as stored. */
@Entity
@Table(name = "treatment")
@NamedQuery(name = "Treatment.page", query = "from TreatmentEntity t where t.slug > ?1 order by t.slug")
public class TreatmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String slug;
    public String name;
    @Column(name = "generic_name")
    public String genericName;
    @Column(name = "brand_names")
    @Convert(converter = JsonStringListConverter.class)
    public List<String> brandNames;
    @Enumerated(EnumType.STRING)
    public TreatmentCategory category;
    @Column(name = "mechanism_summary")
    public String mechanismSummary;
    public String manufacturer;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public static Optional<TreatmentEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Keyset page ordered by slug: {@code limit} rows after {@code afterSlug} ("" for the first page). */
    static List<TreatmentEntity> pageAfter(String afterSlug, int limit) {
        return find("#Treatment.page", afterSlug).range(0, limit - 1).list();
    }

    void apply(TreatmentInput in) {
        slug = in.slug();
        name = in.name();
        genericName = in.genericName();
        brandNames = in.brandNames() == null ? List.of() : List.copyOf(in.brandNames());
        category = in.category();
        mechanismSummary = in.mechanismSummary();
        manufacturer = in.manufacturer();
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }

    private static Instant now() {
        // Stored with microsecond precision on both databases; truncate so a read-back equals what was returned.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
