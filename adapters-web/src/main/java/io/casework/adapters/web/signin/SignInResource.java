package io.casework.adapters.web.signin;

import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.session.SessionFilter;
import io.casework.adapters.web.session.SignedOut;
import io.casework.application.port.in.SessionUseCase;
import io.casework.application.port.in.SignInLinkUseCase;
import io.casework.domain.assignee.Email;
import io.casework.domain.shared.InvalidValueException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Signing in by a link sent by email, and signing out. The page first asked for travels in a short-lived cookie
 * from the request for a link to the browser that follows it, since the link itself is the same for every page.
 */
@Path("/")
@Produces(PageView.HTML)
public final class SignInResource {
    private static final String NEXT_COOKIE = "casework_next";
    private static final int NEXT_COOKIE_SECONDS = 15 * 60;

    private final SignInLinkUseCase links;
    private final SessionUseCase sessions;
    private final boolean publicUrlIsHttps;

    public SignInResource(SignInLinkUseCase links, SessionUseCase sessions, boolean publicUrlIsHttps) {
        this.links = links;
        this.sessions = sessions;
        this.publicUrlIsHttps = publicUrlIsHttps;
    }

    @SignedOut
    @GET
    @Path("sign-in")
    public SignInPage form(@QueryParam("next") String next) {
        return new SignInPage("", null, isLocalPath(next) ? next : null);
    }

    /** Answers the same page whether or not the address is a staff member's. */
    @SignedOut
    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestLink(@FormParam("email") String email, @FormParam("next") String next,
                                @Context UriInfo request) {
        Email address;
        try {
            address = new Email(email == null ? "" : email.strip());
        } catch (InvalidValueException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new SignInPage(email == null ? "" : email.strip(), "Enter the email address you work with.",
                            isLocalPath(next) ? next : null))
                    .build();
        }
        links.request(address);
        Response.ResponseBuilder sent = Response.ok(new SignInSentPage(address.value()));
        if (isLocalPath(next)) {
            sent.cookie(cookie(NEXT_COOKIE, next, NEXT_COOKIE_SECONDS, request));
        }
        return sent.build();
    }

    @SignedOut
    @GET
    @Path("sign-in/{token}")
    public Response signIn(@PathParam("token") String token, @CookieParam(NEXT_COOKIE) String next,
                           @Context UriInfo request) {
        return sessions.signIn(token)
                .map(signedIn -> Response.seeOther(URI.create(isLocalPath(next) ? next : "/"))
                        .cookie(cookie(SessionFilter.SESSION_COOKIE, signedIn.sessionId(), NewCookie.DEFAULT_MAX_AGE, request),
                                cookie(NEXT_COOKIE, "", 0, request))
                        .build())
                .orElseGet(() -> Response.status(Response.Status.GONE).entity(new SignInLinkRefusedPage()).build());
    }

    /** Needs the session and its CSRF token, so another site cannot sign a person out. */
    @POST
    @Path("sign-out")
    public Response signOut(@CookieParam(SessionFilter.SESSION_COOKIE) String sessionId, @Context UriInfo request) {
        sessions.signOut(sessionId);
        return Response.seeOther(URI.create("/sign-in")).cookie(cookie(SessionFilter.SESSION_COOKIE, "", 0, request)).build();
    }

    /** Only a path on this server: "//evil.example" or "https://…" would send the person elsewhere. */
    private static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
    }

    /** A session cookie (no expiry) when {@code maxAge} is {@link NewCookie#DEFAULT_MAX_AGE}; 0 deletes it. */
    private NewCookie cookie(String name, String value, int maxAge, UriInfo request) {
        boolean https = publicUrlIsHttps || "https".equalsIgnoreCase(request.getRequestUri().getScheme());
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(https)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
