package health.clinicapi.catalog;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import health.clinicapi.common.persistence.JsonStringListConverter;
import health.clinicapi.common.persistence.VersionedEntity;

/** A product or procedure of the shared catalog, as stored. */
@Entity
@Table(name = "treatment")
@NamedQuery(name = "Treatment.page", query = "from TreatmentEntity t where t.slug > ?1 order by t.slug")
public class TreatmentEntity extends VersionedEntity {

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

}
