package io.casework.adapters.web.session;

import io.casework.adapters.web.page.ErrorPage;
import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.application.port.in.SessionUseCase;
import io.casework.application.port.in.StaffMemberQueries;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Every page but the {@link SignedOut} ones needs a session: without one, a person is sent to sign in and then
 * back to the page they asked for. A form post must carry the session's CSRF token (field {@code csrf}, or the
 * {@code X-CSRF-Token} header htmx may send) or it is refused with 403 before it changes anything, and an
 * {@link AdminOnly} page is a 403 page for a reviewer. The signed-in {@link Viewer} is the request's principal.
 */
@Priority(Priorities.AUTHENTICATION)
public final class SessionFilter implements ContainerRequestFilter {
    public static final String SESSION_COOKIE = "casework_session";
    public static final String CSRF_FIELD = "csrf";
    private static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final SessionUseCase sessions;
    private final StaffMemberQueries staff;

    @Context
    private ResourceInfo resource;

    public SessionFilter(SessionUseCase sessions, StaffMemberQueries staff) {
        this.sessions = sessions;
        this.staff = staff;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (marked(SignedOut.class)) {
            return;
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        Optional<SessionUseCase.SignedIn> session = cookie == null || cookie.getValue().isBlank()
                ? Optional.empty() : sessions.current(cookie.getValue());
        if (session.isEmpty()) {
            request.abortWith(toSignIn(request));
            return;
        }
        String sessionId = session.get().sessionId();
        if (!SAFE_METHODS.contains(request.getMethod()) && !CsrfToken.matches(sessionId, presentedToken(request))) {
            request.abortWith(page(ErrorPage.formExpired()));
            return;
        }
        StaffMember member = staff.get(session.get().organizationId(), session.get().staffMemberId());
        Viewer viewer = new Viewer(member.organizationId(), member.id(), member.name(), member.role() == Role.ADMIN,
                CsrfToken.of(sessionId));
        if (marked(AdminOnly.class) && !viewer.admin()) {
            request.abortWith(page(ErrorPage.forStatus(403).seenBy(viewer)));
            return;
        }
        request.setSecurityContext(new SignedInContext(viewer, request.getSecurityContext().isSecure()));
    }

    private boolean marked(Class<? extends java.lang.annotation.Annotation> annotation) {
        AnnotatedElement method = resource.getResourceMethod();
        return method != null && method.isAnnotationPresent(annotation)
                || resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(annotation);
    }

    /** A page asked for is remembered; htmx, which would swap the sign-in page into a fragment, is told to load it. */
    private static Response toSignIn(ContainerRequestContext request) {
        UriBuilder signIn = UriBuilder.fromPath("/sign-in");
        if (HttpMethod.GET.equals(request.getMethod())) {
            URI asked = request.getUriInfo().getRequestUri();
            signIn.queryParam("next", asked.getRawQuery() == null ? asked.getRawPath()
                    : asked.getRawPath() + "?" + asked.getRawQuery());
        }
        URI location = signIn.build();
        if (request.getHeaderString("HX-Request") != null) {
            return Response.noContent().header("HX-Redirect", location.toString()).build();
        }
        return Response.seeOther(location).build();
    }

    private static String presentedToken(ContainerRequestContext request) {
        String header = request.getHeaderString(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            return null;
        }
        // the resource reads the same form again after this
        ContainerRequest container = (ContainerRequest) request;
        container.bufferEntity();
        return container.readEntity(Form.class).asMap().getFirst(CSRF_FIELD);
    }

    private static Response page(ErrorPage page) {
        return Response.status(page.status()).type(PageView.HTML).entity(page).build();
    }

    private record SignedInContext(Viewer viewer, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return viewer;
        }

        @Override
        public boolean isUserInRole(String role) {
            return "admin".equals(role) && viewer.admin();
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "session";
        }
    }
}
