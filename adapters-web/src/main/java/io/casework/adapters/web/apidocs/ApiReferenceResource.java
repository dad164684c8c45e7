package io.casework.adapters.web.apidocs;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.session.SignedOut;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The API's reference, readable in a browser: Swagger UI (served from its webjar, no CDN) over the OpenAPI
 * document the API serves at {@code /v1/openapi.json}. Public, as the document is.
 */
@Path("/docs")
@Produces(PageView.HTML)
public final class ApiReferenceResource {
    @GET
    @SignedOut
    public ApiReferencePage show() {
        return new ApiReferencePage();
    }
}
