package io.casework.adapters.rest.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.dto.ListResponse;
import io.casework.adapters.rest.http.EntityTags;
import io.casework.adapters.rest.http.IdempotentPosts;
import io.casework.adapters.rest.http.PathIds;
import io.casework.adapters.rest.http.QueryParams;
import io.casework.adapters.rest.http.RequestBodies;
import io.casework.application.port.in.ChangeTeamMembershipUseCase;
import io.casework.application.port.in.CreateTeamCommand;
import io.casework.application.port.in.CreateTeamUseCase;
import io.casework.application.port.in.TeamQueries;
import io.casework.application.port.in.UpdateTeamUseCase;
import io.casework.domain.assignee.Team;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
public final class TeamResource {
    private final CreateTeamUseCase create;
    private final UpdateTeamUseCase update;
    private final ChangeTeamMembershipUseCase membership;
    private final TeamQueries queries;
    private final IdempotentPosts posts;

    public TeamResource(CreateTeamUseCase create, UpdateTeamUseCase update, ChangeTeamMembershipUseCase membership,
                        TeamQueries queries, IdempotentPosts posts) {
        this.create = create;
        this.update = update;
        this.membership = membership;
        this.queries = queries;
        this.posts = posts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                           CreateTeamRequest body) {
        CreateTeamCommand command = RequestBodies.required(body).toCommand(caller.organizationId());
        return posts.run(request, () -> {
            Team team = create.create(command);
            return EntityTags.created(TeamResponse.from(team), team.version());
        });
    }

    @GET
    public ListResponse<TeamResponse> list(@Auth CallerPrincipal caller, @QueryParam("limit") String limit,
                                           @QueryParam("cursor") String cursor) {
        return ListResponse.of(queries.list(caller.organizationId(), QueryParams.page(limit, cursor)),
                TeamResponse::from);
    }

    @GET
    @Path("{id}")
    public Response get(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        return withTag(queries.get(caller.organizationId(), PathIds.team(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Auth CallerPrincipal caller, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        return withTag(update.update(UpdateTeamRequest.toCommand(body, caller.organizationId(), PathIds.team(id),
                EntityTags.ifMatch(ifMatch))));
    }

    /** Adds a member at the end of the rotation; adding one already there changes nothing. */
    @PUT
    @Path("{id}/members/{staff_member_id}")
    public Response addMember(@Auth CallerPrincipal caller, @PathParam("id") String id,
                              @PathParam("staff_member_id") String staffMemberId) {
        return withTag(membership.addMember(caller.organizationId(), PathIds.team(id),
                PathIds.staffMember(staffMemberId)));
    }

    /** Removes a member; removing one who is not there changes nothing. */
    @DELETE
    @Path("{id}/members/{staff_member_id}")
    public Response removeMember(@Auth CallerPrincipal caller, @PathParam("id") String id,
                                 @PathParam("staff_member_id") String staffMemberId) {
        return withTag(membership.removeMember(caller.organizationId(), PathIds.team(id),
                PathIds.staffMember(staffMemberId)));
    }

    private static Response withTag(Team team) {
        return EntityTags.ok(TeamResponse.from(team), team.version());
    }
}
