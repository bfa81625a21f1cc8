package health.clinicapi.person;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import health.clinicapi.audit.Actor;
import health.clinicapi.audit.AuditAction;
import health.clinicapi.audit.AuditLog;
import health.clinicapi.catalog.IndicationEntity;
import health.clinicapi.common.http.ETags;
import health.clinicapi.common.paging.Cursor;
import health.clinicapi.common.paging.Page;
import health.clinicapi.common.problem.ApiException;
import health.clinicapi.common.problem.ProblemType;

/** Owns the rules and transactions of people: unique slugs, and no reviewer removed from content they signed off. */
@ApplicationScoped
public class PersonService {

    static final String RESOURCE = "person";

    private final AuditLog audit;

    public PersonService(AuditLog audit) {
        this.audit = audit;
    }

    /** The person with {@code slug}, or a 404 problem. */
    public PersonEntity require(String slug) {
        return PersonEntity.findBySlug(slug).orElseThrow(() -> ApiException.notFound("person", slug));
    }

    private static PersonEntity requireId(UUID id) {
        return PersonEntity.<PersonEntity>findByIdOptional(id)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "The person no longer exists."));
    }

    /** People ordered by slug; {@code reviewer} null lists everyone. */
    public Page<Person> page(Boolean reviewer, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        List<PersonEntity> rows = PersonEntity.pageAfter(after == null ? "" : after.key(), reviewer, limit + 1);
        return Page.of(rows, limit, Person::from, p -> p.slug, p -> p.id);
    }

    @Transactional
    public PersonEntity create(PersonInput input, Actor actor) {
        if (PersonEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        PersonEntity person = new PersonEntity();
        person.apply(input);
        person.persistAndFlush();
        audit.record(actor, AuditAction.CREATED, RESOURCE, person.id, person.slug, null, null, person.version);
        return person;
    }

    @Transactional
    public PersonEntity replace(UUID id, String ifMatch, PersonInput input, Actor actor) {
        PersonEntity person = requireId(id);
        ETags.requireMatch(ifMatch, person.version);
        if (!person.slug.equals(input.slug()) && PersonEntity.findBySlug(input.slug()).isPresent()) {
            throw slugTaken(input.slug());
        }
        if (person.medicalReviewer && !input.medicalReviewer()) {
            long reviewed = IndicationEntity.countByReviewer(person.id);
            if (reviewed > 0) {
                throw ApiException.conflict("'" + person.slug + "' is the medical reviewer of " + reviewed
                        + " indication(s); name another reviewer there before withdrawing medicalReviewer.");
            }
        }
        long before = person.version;
        person.apply(input);
        person.flush();
        audit.record(actor, AuditAction.UPDATED, RESOURCE, person.id, person.slug, null, before, person.version);
        return person;
    }

    @Transactional
    public void delete(UUID id, String ifMatch, Actor actor) {
        PersonEntity person = requireId(id);
        ETags.requireMatch(ifMatch, person.version);
        long reviewed = IndicationEntity.countByReviewer(person.id);
        if (reviewed > 0) {
            throw ApiException.conflict("'" + person.slug + "' is the medical reviewer of " + reviewed
                    + " indication(s); name another reviewer there first.");
        }
        person.delete();
        person.flush();
        audit.record(actor, AuditAction.DELETED, RESOURCE, person.id, person.slug, null, person.version, null);
    }

    private static ApiException slugTaken(String slug) {
        return ApiException.conflict("A person with slug '" + slug + "' already exists.");
    }
}
