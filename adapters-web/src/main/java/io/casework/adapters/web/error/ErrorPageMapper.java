package io.casework.adapters.web.error;

import io.casework.adapters.web.page.ErrorPage;
import io.casework.adapters.web.page.PageView;
import io.casework.adapters.web.page.Viewer;
import io.casework.application.port.in.NotFoundException;
import io.casework.domain.shared.InvalidValueException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error of the pages as an HTML page with its status: Jersey's own refusals (an unknown path is 404), an id
 * the signed-in organization has no such thing under (404, whoever else may have it), a malformed value in a URL
 * (400), and bugs, which are logged with a reference the page shows and no trace leaves the server.
 */
public final class ErrorPageMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageMapper.class);

    /** The request's, through a proxy: it holds the signed-in {@link Viewer} once the session filter has run. */
    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException refusal) {
            Response response = refusal.getResponse();
            if (response.getStatus() < 400) {
                return response;
            }
            if (response.getStatus() < 500) {
                return page(ErrorPage.forStatus(response.getStatus()));
            }
        }
        if (e instanceof NotFoundException) {
            return page(ErrorPage.forStatus(404));
        }
        if (e instanceof InvalidValueException) {
            return page(ErrorPage.forStatus(400));
        }
        String reference = Long.toHexString(ThreadLocalRandom.current().nextLong());
        LOG.error("unexpected error on a page reference={}", reference, e);
        return page(ErrorPage.unexpected(reference));
    }

    private Response page(ErrorPage page) {
        ErrorPage shown = security != null && security.getUserPrincipal() instanceof Viewer viewer
                ? page.seenBy(viewer) : page;
        return Response.status(shown.status()).type(PageView.HTML).entity(shown).build();
    }
}
