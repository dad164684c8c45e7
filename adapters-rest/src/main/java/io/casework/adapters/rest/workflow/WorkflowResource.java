package io.casework.adapters.rest.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.dto.ListResponse;
import io.casework.adapters.rest.http.EntityTags;
import io.casework.adapters.rest.http.IdempotentPosts;
import io.casework.adapters.rest.http.PathIds;
import io.casework.adapters.rest.http.QueryParams;
import io.casework.adapters.rest.http.RequestBodies;
import io.casework.application.port.in.CreateWorkflowUseCase;
import io.casework.application.port.in.PublishWorkflowUseCase;
import io.casework.application.port.in.RetireWorkflowUseCase;
import io.casework.application.port.in.SaveWorkflowDraftUseCase;
import io.casework.application.port.in.StartWorkflowRunUseCase;
import io.casework.application.port.in.DryRunWorkflowUseCase;
import io.casework.application.port.in.WorkflowDraft;
import io.casework.application.port.in.WorkflowQueries;
import io.casework.domain.workflow.Workflow;
import io.casework.domain.workflow.WorkflowId;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.OptionalLong;

@Path("/v1/workflows")
@Produces(MediaType.APPLICATION_JSON)
public final class WorkflowResource {
    private final CreateWorkflowUseCase create;
    private final SaveWorkflowDraftUseCase saveDraft;
    private final PublishWorkflowUseCase publishing;
    private final RetireWorkflowUseCase retiring;
    private final StartWorkflowRunUseCase startRun;
    private final DryRunWorkflowUseCase dryRuns;
    private final WorkflowQueries queries;
    private final IdempotentPosts posts;

    public WorkflowResource(CreateWorkflowUseCase create, SaveWorkflowDraftUseCase saveDraft,
                            PublishWorkflowUseCase publishing, RetireWorkflowUseCase retiring,
                            StartWorkflowRunUseCase startRun, DryRunWorkflowUseCase dryRuns, WorkflowQueries queries,
                            IdempotentPosts posts) {
        this.create = create;
        this.saveDraft = saveDraft;
        this.publishing = publishing;
        this.retiring = retiring;
        this.startRun = startRun;
        this.dryRuns = dryRuns;
        this.queries = queries;
        this.posts = posts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Auth CallerPrincipal caller, @Context ContainerRequestContext request, JsonNode body) {
        WorkflowDraft draft = WorkflowDraftRequest.toNewDraft(body);
        return posts.run(request, () -> {
            Workflow workflow = create.create(caller.organizationId(), draft);
            return EntityTags.created(WorkflowResponse.from(workflow), workflow.version());
        });
    }

    @GET
    public ListResponse<WorkflowResponse> list(@Auth CallerPrincipal caller, @QueryParam("limit") String limit,
                                               @QueryParam("cursor") String cursor) {
        return ListResponse.of(queries.list(caller.organizationId(), QueryParams.page(limit, cursor)),
                WorkflowResponse::from);
    }

    @GET
    @Path("{id}")
    public Response get(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        return withTag(queries.get(caller.organizationId(), PathIds.workflow(id)));
    }

    /** Only a workflow never published; a published one answers 409 {@code workflow_was_published}. */
    @DELETE
    @Path("{id}")
    public Response delete(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        retiring.delete(caller.organizationId(), PathIds.workflow(id));
        return Response.noContent().build();
    }

    /** Replaces the draft; the published version, if any, keeps running unchanged. */
    @PUT
    @Path("{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveDraft(@Auth CallerPrincipal caller, @PathParam("id") String id,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        WorkflowId workflowId = PathIds.workflow(id);
        OptionalLong expectedVersion = EntityTags.ifMatch(ifMatch);
        return withTag(saveDraft.save(caller.organizationId(), workflowId, WorkflowDraftRequest.toDraft(body),
                expectedVersion));
    }

    /** Takes no body. */
    @POST
    @Path("{id}/publish")
    public Response publish(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                            @PathParam("id") String id) {
        WorkflowId workflowId = PathIds.workflow(id);
        return posts.run(request, () -> withTag(publishing.publish(caller.organizationId(), workflowId)));
    }

    /** Takes no body; unpublishing a workflow that is not published changes nothing. */
    @POST
    @Path("{id}/unpublish")
    public Response unpublish(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                              @PathParam("id") String id) {
        WorkflowId workflowId = PathIds.workflow(id);
        return posts.run(request, () -> withTag(publishing.unpublish(caller.organizationId(), workflowId)));
    }

    /** Takes no body; archiving an archived workflow changes nothing. */
    @POST
    @Path("{id}/archive")
    public Response archive(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                            @PathParam("id") String id) {
        WorkflowId workflowId = PathIds.workflow(id);
        return posts.run(request, () -> withTag(retiring.archive(caller.organizationId(), workflowId)));
    }

    /** Newest first. */
    @GET
    @Path("{id}/versions")
    public ListResponse<WorkflowVersionResponse> versions(@Auth CallerPrincipal caller, @PathParam("id") String id,
                                                          @QueryParam("limit") String limit,
                                                          @QueryParam("cursor") String cursor) {
        return ListResponse.of(queries.versions(caller.organizationId(), PathIds.workflow(id),
                QueryParams.page(limit, cursor)), WorkflowVersionResponse::from);
    }

    @GET
    @Path("{id}/versions/{n}")
    public WorkflowVersionResponse version(@Auth CallerPrincipal caller, @PathParam("id") String id,
                                           @PathParam("n") String number) {
        return WorkflowVersionResponse.from(queries.version(caller.organizationId(), PathIds.workflow(id),
                PathIds.versionNumber(number)));
    }

    /** Queues a run of the latest published version: 202, as the run happens in the background. */
    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(@Auth CallerPrincipal caller, @Context ContainerRequestContext request,
                        @PathParam("id") String id, ManualRunRequest body) {
        WorkflowId workflowId = PathIds.workflow(id);
        String caseId = RequestBodies.required(body).toCaseId();
        return posts.run(request, () -> Response.accepted(WorkflowRunResponse.from(
                startRun.start(caller.organizationId(), workflowId, caseId))).build());
    }

    /** What a run would do on a case, writing nothing: 200, and safe to repeat without an Idempotency-Key. */
    @POST
    @Path("{id}/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    public DryRunResponse dryRun(@Auth CallerPrincipal caller, @PathParam("id") String id, DryRunRequest body) {
        WorkflowId workflowId = PathIds.workflow(id);
        return DryRunResponse.from(dryRuns.dryRun(RequestBodies.required(body)
                .toCommand(caller.organizationId(), caller.actor(), workflowId)));
    }

    private static Response withTag(Workflow workflow) {
        return EntityTags.ok(WorkflowResponse.from(workflow), workflow.version());
    }
}
