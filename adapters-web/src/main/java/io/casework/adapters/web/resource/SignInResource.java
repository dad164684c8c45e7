package io.casework.adapters.web.resource;

import io.casework.adapters.web.page.Page;
import io.casework.adapters.web.page.SignInPage;
import io.casework.adapters.web.page.SignInSentPage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/sign-in")
@Produces(Page.HTML)
public final class SignInResource {
    @GET
    public SignInPage form() {
        return new SignInPage("", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestLink(@FormParam("email") String email) {
        if (email == null || email.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new SignInPage("", "Enter the email address you work with.")).build();
        }
        return Response.ok(new SignInSentPage(email.strip())).build();
    }
}
