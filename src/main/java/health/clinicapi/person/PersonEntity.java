package health.clinicapi.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import health.clinicapi.common.persistence.JsonStringListConverter;
import health.clinicapi.common.persistence.VersionedEntity;

/** An author or medical reviewer, shared by every clinic of the network, as stored. */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.page", query = "from PersonEntity p where p.slug > ?1 order by p.slug")
@NamedQuery(name = "Person.pageByReviewer", query = "from PersonEntity p where p.medicalReviewer = ?2 and p.slug > ?1 order by p.slug")
public class PersonEntity extends VersionedEntity {

    public String slug;
    public String name;
    @Convert(converter = JsonStringListConverter.class)
    public List<String> credentials;
    public String title;
    public String bio;
    @Column(name = "photo_url")
    public String photoUrl;
    @Column(name = "photo_alt")
    public String photoAlt;
    @Column(name = "profile_url")
    public String profileUrl;
    @Column(name = "medical_reviewer")
    public boolean medicalReviewer;

    public static Optional<PersonEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The people with these slugs, in no particular order; one statement. */
    public static List<PersonEntity> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Keyset page ordered by slug: {@code limit} rows after {@code afterSlug} ("" for the first page). */
    static List<PersonEntity> pageAfter(String afterSlug, Boolean reviewer, int limit) {
        var query = reviewer == null
                ? find("#Person.page", afterSlug)
                : find("#Person.pageByReviewer", afterSlug, reviewer);
        return query.range(0, limit - 1).list();
    }

    void apply(PersonInput in) {
        slug = in.slug();
        name = in.name();
        credentials = in.credentials() == null ? List.of() : List.copyOf(in.credentials());
        title = in.title();
        bio = in.bio();
        photoUrl = in.photo() == null ? null : in.photo().url();
        photoAlt = in.photo() == null ? null : in.photo().alt();
        profileUrl = in.profileUrl();
        medicalReviewer = in.medicalReviewer();
    }

}
