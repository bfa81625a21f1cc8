package health.clinicapi.catalog;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import health.clinicapi.common.persistence.JsonStringListConverter;
import health.clinicapi.common.persistence.VersionedEntity;

/** A condition of the shared catalog, as stored. */
@Entity
@Table(name = "condition")
@NamedQuery(name = "Condition.page", query = "from ConditionEntity t where t.slug > ?1 order by t.slug")
public class ConditionEntity extends VersionedEntity {

    public String slug;
    public String name;
    @Convert(converter = JsonStringListConverter.class)
    public List<String> synonyms;
    @Column(name = "body_area")
    public String bodyArea;
    public String icd10;

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

}
