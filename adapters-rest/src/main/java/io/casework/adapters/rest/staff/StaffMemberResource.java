package io.casework.adapters.rest.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.dto.ListResponse;
import io.casework.adapters.rest.http.EntityTags;
import io.casework.adapters.rest.http.IdempotentPosts;
import io.casework.adapters.rest.http.PathIds;
import io.casework.adapters.rest.http.QueryParams;
import io.casework.adapters.rest.http.RequestBodies;
import io.casework.application.port.in.CreateStaffMemberCommand;
import io.casework.application.port.in.CreateStaffMemberUseCase;
import io.casework.application.port.in.SetOutOfOfficeUseCase;
import io.casework.application.port.in.StaffMemberQueries;
import io.casework.application.port.in.UpdateStaffMemberUseCase;
import io.casework.domain.assignee.StaffMember;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/v1/staff-members")
@Produces(MediaType.APPLICATION_JSON)
public final class StaffMemberResource {
    private final CreateStaffMemberUseCase create;
    private final UpdateStaffMemberUseCase update;
    private final SetOutOfOfficeUseCase outOfOffice;
    private final StaffMemberQueries queries;
    private final IdempotentPosts posts;

    public StaffMemberResource(CreateStaffMemberUseCase create, UpdateStaffMemberUseCase update,
                               SetOutOfOfficeUseCase outOfOffice, StaffMemberQueries queries, IdempotentPosts posts) {
        this.create = create;
        this.update = update;
        this.outOfOffice = outOfOffice;
        this.queries = queries;
        this.posts = posts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                           CreateStaffMemberRequest body) {
        CreateStaffMemberCommand command = RequestBodies.required(body).toCommand(caller.organizationId());
        return posts.run(request, () -> {
            StaffMember member = create.create(command);
            return EntityTags.created(StaffMemberResponse.from(member), member.version());
        });
    }

    @GET
    public ListResponse<StaffMemberResponse> list(@Auth CallerPrincipal caller, @QueryParam("limit") String limit,
                                                  @QueryParam("cursor") String cursor) {
        return ListResponse.of(queries.list(caller.organizationId(), QueryParams.page(limit, cursor)),
                StaffMemberResponse::from);
    }

    @GET
    @Path("{id}")
    public Response get(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        return withTag(queries.get(caller.organizationId(), PathIds.staffMember(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Auth CallerPrincipal caller, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        return withTag(update.update(UpdateStaffMemberRequest.toCommand(body, caller.organizationId(),
                PathIds.staffMember(id), EntityTags.ifMatch(ifMatch))));
    }

    @PUT
    @Path("{id}/out-of-office")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setOutOfOffice(@Auth CallerPrincipal caller, @PathParam("id") String id,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, OutOfOfficeRequest body) {
        return withTag(outOfOffice.set(RequestBodies.required(body).toCommand(caller.organizationId(),
                PathIds.staffMember(id), EntityTags.ifMatch(ifMatch))));
    }

    private static Response withTag(StaffMember member) {
        return EntityTags.ok(StaffMemberResponse.from(member), member.version());
    }
}
