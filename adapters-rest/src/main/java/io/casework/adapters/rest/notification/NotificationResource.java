package io.casework.adapters.rest.notification;

import io.casework.adapters.rest.auth.CallerPrincipal;
import io.casework.adapters.rest.dto.ListResponse;
import io.casework.adapters.rest.http.QueryParams;
import io.casework.adapters.rest.http.QueryParams.NotificationQuery;
import io.casework.application.port.in.NotificationQueries;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The emails sent, being retried or given up, for every assignment. */
@Path("/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationResource {
    private final NotificationQueries queries;

    public NotificationResource(NotificationQueries queries) {
        this.queries = queries;
    }

    /** Newest first; a case id of nothing (or of another organization) matches nothing. */
    @GET
    public ListResponse<NotificationResponse> list(@Auth CallerPrincipal caller,
                                                   @QueryParam("case_id") String caseId,
                                                   @QueryParam("status") String status,
                                                   @QueryParam("limit") String limit,
                                                   @QueryParam("cursor") String cursor) {
        NotificationQuery query = QueryParams.notifications(caseId, status, limit, cursor);
        return ListResponse.of(queries.list(caller.organizationId(), query.caseId(), query.status(), query.page()),
                NotificationResponse::from);
    }
}
