package health.clinicapi.catalog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import health.clinicapi.common.persistence.JsonStringListConverter;

/** A condition of the shared catalog, as stored. */
@Entity
@Table(name = "condition")
@NamedQuery(name = "Condition.page", query = "from ConditionEntity t where t.slug > ?1 order by t.slug")
public class ConditionEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String slug;
    public String name;
    @Convert(converter = JsonStringListConverter.class)
    public List<String> synonyms;
    @Column(name = "body_area")
    public String bodyArea;
    public String icd10;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public static Optional<ConditionEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Keyset page ordered by slug: {@code limit} rows after {@code afterSlug} ("" for the first page). */
    static List<ConditionEntity> pageAfter(String afterSlug, int limit) {
        return find("#Condition.page", afterSlug).range(0, limit - 1).list();
    }

    void apply(ConditionInput in) {
        slug = in.slug();
        name = in.name();
        synonyms = in.synonyms() == null ? List.of() : List.copyOf(in.synonyms());
        bodyArea = in.bodyArea();
        icd10 = in.icd10();
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
