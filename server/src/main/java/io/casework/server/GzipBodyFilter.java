package io.casework.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * A dashboard request whose body is declared {@code Content-Encoding: gzip} but is not gzip: 400. Jetty inflates
 * the body as it is read (and drops the header), so the failure would surface inside the pages' form parsing as a
 * 500. The body of every page request that may have one (a form: small) is read here first, at most 1 MiB of it
 * (413 beyond). The API reads and checks its own bodies ({@code /v1}).
 */
final class GzipBodyFilter implements Filter {
    private static final int MAX_BYTES = 1024 * 1024;
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (WITHOUT_BODY.contains(http.getMethod()) || http.getRequestURI().startsWith("/v1/")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = http.getInputStream().readNBytes(MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            if (!isGzipFailure(e)) {
                throw e;
            }
            ((HttpServletResponse) response).sendError(400, "the body is declared Content-Encoding: gzip but is not gzip");
            return;
        }
        if (body.length > MAX_BYTES) {
            ((HttpServletResponse) response).sendError(413, "the body is over 1 MiB");
            return;
        }
        chain.doFilter(new InflatedRequest(http, body), response);
    }

    private static boolean isGzipFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ZipException) {
                return true;
            }
        }
        return false;
    }

    /** The request with its body already inflated. */
    private static final class InflatedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        InflatedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String charset = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
