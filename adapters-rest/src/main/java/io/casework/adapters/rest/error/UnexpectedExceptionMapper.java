package io.casework.adapters.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last resort: a bug is logged with a reference the client can quote, and no trace leaves the server. */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        String reference = Long.toHexString(Double.doubleToLongBits(Math.random()));
        LOG.error("unexpected error reference={}", reference, e);
        return Problem.of(ProblemCode.INTERNAL_ERROR, "something went wrong on our side; reference " + reference)
                .toResponse();
    }
}
