package health.clinicapi.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author or medical reviewer as the API shows it. */
@Schema(name = "Person")
public record Person(
        @Schema(description = "Immutable identifier.") UUID id,
        @Schema(examples = "avery-lindqvist") String slug,
        @Schema(examples = "Avery Lindqvist") String name,
        @Schema(examples = "[\"MD\", \"FAAD\"]") List<String> credentials,
        @Schema(examples = "Board-certified dermatologist") String title,
        String bio,
        Photo photo,
        String profileUrl,
        @Schema(description = "May sign off the medical review of content.") boolean medicalReviewer,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; the management ETag is this number in quotes.") long version) {

    public static Person from(PersonEntity e) {
        Photo photo = e.photoUrl == null ? null : new Photo(e.photoUrl, e.photoAlt);
        return new Person(e.id, e.slug, e.name, e.credentials, e.title, e.bio, photo, e.profileUrl,
                e.medicalReviewer, e.createdAt, e.updatedAt, e.version);
    }
}
