package io.casework.adapters.rest.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.dto.ListResponse;
import io.casework.adapters.rest.http.EntityTags;
import io.casework.adapters.rest.http.IdempotentPosts;
import io.casework.adapters.rest.http.PathIds;
import io.casework.adapters.rest.http.QueryParams;
import io.casework.adapters.rest.http.RequestBodies;
import io.casework.adapters.rest.http.QueryParams.CaseQuery;
import io.casework.application.port.in.AssignCaseCommand;
import io.casework.application.port.in.AssignCaseUseCase;
import io.casework.application.port.in.CaseQueries;
import io.casework.application.port.in.CreateCaseCommand;
import io.casework.application.port.in.CreateCaseUseCase;
import io.casework.application.port.in.UnassignCaseUseCase;
import io.casework.application.port.in.UpdateCaseUseCase;
import io.casework.domain.cases.Case;
import io.casework.domain.cases.CaseId;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public final class CaseResource {
    private final CreateCaseUseCase create;
    private final UpdateCaseUseCase update;
    private final AssignCaseUseCase assign;
    private final UnassignCaseUseCase unassign;
    private final CaseQueries queries;
    private final IdempotentPosts posts;

    public CaseResource(CreateCaseUseCase create, UpdateCaseUseCase update, AssignCaseUseCase assign,
                        UnassignCaseUseCase unassign, CaseQueries queries, IdempotentPosts posts) {
        this.create = create;
        this.update = update;
        this.assign = assign;
        this.unassign = unassign;
        this.queries = queries;
        this.posts = posts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                           CreateCaseRequest body) {
        CreateCaseCommand command = RequestBodies.required(body).toCommand(caller.organizationId(), caller.actor());
        return posts.run(request, () -> {
            Case aCase = create.create(command);
            return EntityTags.created(CaseResponse.from(aCase), aCase.version());
        });
    }

    /**
     * Newest first; a filter naming an id of nothing (or of another organization) matches nothing, and
     * {@code subject.reference_id} matches exactly.
     */
    @GET
    public ListResponse<CaseResponse> list(@Auth CallerPrincipal caller, @QueryParam("status") String status,
                                           @QueryParam("case_type") String caseType,
                                           @QueryParam("assignee_id") String assigneeId,
                                           @QueryParam("priority") String priority,
                                           @QueryParam("subject.reference_id") String referenceId,
                                           @QueryParam("sla") String sla,
                                           @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        CaseQuery query = QueryParams.cases(status, caseType, assigneeId, priority, referenceId, sla, limit, cursor);
        return ListResponse.of(queries.list(caller.organizationId(), query.filter(), query.page()),
                CaseResponse::from);
    }

    @GET
    @Path("{id}")
    public Response get(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        return withTag(queries.get(caller.organizationId(), PathIds.aCase(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Auth CallerPrincipal caller, @PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        return withTag(update.update(UpdateCaseRequest.toCommand(body, caller.organizationId(), caller.actor(),
                PathIds.aCase(id), EntityTags.ifMatch(ifMatch))));
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                           @PathParam("id") String id, AssignCaseRequest body) {
        AssignCaseCommand command = RequestBodies.required(body).toCommand(caller.organizationId(), caller.actor(),
                PathIds.aCase(id));
        return posts.run(request, () -> withTag(assign.assign(command)));
    }

    /** Takes no body. */
    @POST
    @Path("{id}/unassign")
    public Response unassign(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                             @PathParam("id") String id) {
        CaseId caseId = PathIds.aCase(id);
        return posts.run(request, () -> withTag(unassign.unassign(caller.organizationId(), caller.actor(), caseId)));
    }

    /** The case's timeline, oldest first. */
    @GET
    @Path("{id}/events")
    public ListResponse<CaseEventResponse> events(@Auth CallerPrincipal caller, @PathParam("id") String id,
                                                  @QueryParam("limit") String limit,
                                                  @QueryParam("cursor") String cursor) {
        return ListResponse.of(queries.events(caller.organizationId(), PathIds.aCase(id),
                QueryParams.page(limit, cursor)), CaseEventResponse::from);
    }

    /** One case, with why its assignee got it. */
    private Response withTag(Case aCase) {
        return EntityTags.ok(CaseResponse.from(aCase, queries.assignmentExplanation(aCase)), aCase.version());
    }
}
