package io.casework.adapters.rest.workflow;

import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.dto.ListResponse;
import io.casework.adapters.rest.http.PathIds;
import io.casework.adapters.rest.http.QueryParams;
import io.casework.adapters.rest.http.QueryParams.RunQuery;
import io.casework.application.port.in.WorkflowQueries;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The log of every run; runs change only through the engine, so they carry no version to match. */
@Path("/v1/workflow-runs")
@Produces(MediaType.APPLICATION_JSON)
public final class WorkflowRunResource {
    private final WorkflowQueries queries;

    public WorkflowRunResource(WorkflowQueries queries) {
        this.queries = queries;
    }

    /** Newest first; a filter naming an id of nothing (or of another organization) matches nothing. */
    @GET
    public ListResponse<WorkflowRunResponse> list(@Auth CallerPrincipal caller,
                                                  @QueryParam("workflow_id") String workflowId,
                                                  @QueryParam("case_id") String caseId,
                                                  @QueryParam("status") String status,
                                                  @QueryParam("limit") String limit,
                                                  @QueryParam("cursor") String cursor) {
        RunQuery query = QueryParams.runs(workflowId, caseId, status, limit, cursor);
        return ListResponse.of(queries.runs(caller.organizationId(), query.filter(), query.page()),
                WorkflowRunResponse::from);
    }

    @GET
    @Path("{id}")
    public WorkflowRunResponse get(@Auth CallerPrincipal caller, @PathParam("id") String id) {
        return WorkflowRunResponse.from(queries.run(caller.organizationId(), PathIds.workflowRun(id)));
    }
}
