package health.clinicapi.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of people ({@code Page<Person>} on the wire). */
@Schema(name = "PersonPage")
record PersonPage(List<Person> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
