package io.casework.adapters.web.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The dashboard opens on the signed-in person's own cases. */
@Path("/")
public final class HomeResource {
    @GET
    public Response home() {
        return Response.seeOther(URI.create("/cases/mine")).build();
    }
}
