package health.clinicapi.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import health.clinicapi.common.paging.PageResponses;
import health.clinicapi.security.Caller;
import health.clinicapi.security.Scope;

/** Management of people (authors and medical reviewers), shared network data: catalog:write for reads and writes. */
@Path("/v1/manage/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Management: people")
public class PersonManagementResource {

    private final PersonService people;
    private final Caller caller;

    public PersonManagementResource(PersonService people, Caller caller) {
        this.people = people;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "manageListPeople", summary = "List people", description = "Authors and medical reviewers of the network, ordered by slug, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of people.", content = @Content(schema = @Schema(implementation = PersonPage.class)))
    public Response list(
            @Parameter(description = "Only medical reviewers (true) or only people who are not (false).") @QueryParam("reviewer") Boolean reviewer,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 512) String cursor,
            UriInfo uri) {
        var page = people.page(reviewer, cursor, limit);
        return PageResponses.withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "manageGetPerson", summary = "Read a person", description = "The person with their current version; send the ETag back in If-Match to change them.")
    @APIResponse(responseCode = "200", description = "The person.", headers = @Header(name = "ETag", description = "The person's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Person.class)))
    @APIResponse(responseCode = "404", description = "No person with this slug.")
    public Response get(@PathParam("slug") String slug) {
        return withETag(Response.ok(), people.require(slug)).build();
    }

    @POST
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "createPerson", summary = "Create a person", description = "Creates an author or medical reviewer; the slug must be new.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new person.", headers = @Header(name = "Location", description = "URL of the new person.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = Person.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public Response create(@Valid @NotNull PersonInput body, UriInfo uri) {
        PersonEntity person = people.create(body, caller.actor());
        var location = uri.getBaseUriBuilder().path(PersonManagementResource.class).path(person.slug).build();
        return withETag(Response.created(location), person).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "replacePerson", summary = "Replace a person", description = "Replaces every field of the person. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "The person as now stored.", content = @Content(schema = @Schema(implementation = Person.class)))
    @APIResponse(responseCode = "404", description = "No person with this slug.")
    @APIResponse(responseCode = "409", description = "The new slug is taken, or medicalReviewer is withdrawn from the reviewer of an indication.")
    @APIResponse(responseCode = "412", description = "The person changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@PathParam("slug") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PersonInput body) {
        PersonEntity person = people.require(slug);
        return withETag(Response.ok(), people.replace(person.id, ifMatch, body, caller.actor())).build();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Scope.CATALOG_WRITE_ROLE)
    @Operation(operationId = "deletePerson", summary = "Delete a person", description = "Deletes the person unless they are the medical reviewer of an indication. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No person with this slug.")
    @APIResponse(responseCode = "409", description = "The person reviewed an indication, or wrote or reviewed an article.")
    @APIResponse(responseCode = "412", description = "The person changed since the ETag in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response delete(@PathParam("slug") String slug,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        people.delete(people.require(slug).id, ifMatch, caller.actor());
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder withETag(Response.ResponseBuilder response, PersonEntity person) {
        return response.tag(new EntityTag(Long.toString(person.version))).entity(Person.from(person));
    }
}
