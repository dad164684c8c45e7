package io.casework.adapters.rest.http;

import jakarta.ws.rs.BadRequestException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Jetty inflates a body sent with {@code Content-Encoding: gzip} as it is read, and throws a {@link ZipException}
 * (bare, or wrapped in a RuntimeException) when the bytes are not gzip: the client's mistake, a 400, not a 500.
 */
final class GzipFailures {
    static final String DETAIL = "the body is declared Content-Encoding: gzip but is not gzip";

    private GzipFailures() {
    }

    static boolean isCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ZipException) {
                return true;
            }
        }
        return false;
    }

    /** {@code in}, failing with a 400 where inflating it fails. */
    static InputStream reported(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException | RuntimeException e) {
                    throw failIfGzip(e);
                }
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (IOException | RuntimeException e) {
                    throw failIfGzip(e);
                }
            }

            @Override
            public int available() throws IOException {
                try {
                    return super.available();
                } catch (IOException | RuntimeException e) {
                    throw failIfGzip(e);
                }
            }
        };
    }

    /** A 400 if {@code e} is a gzip failure; else {@code e} as it was, for the caller to rethrow. */
    private static IOException failIfGzip(Exception e) {
        if (isCause(e)) {
            throw new BadRequestException(DETAIL, e);
        }
        if (e instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        return (IOException) e;
    }
}
