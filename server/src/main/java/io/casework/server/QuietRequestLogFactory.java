package io.casework.server;

import ch.qos.logback.access.jetty.RequestLogImpl;
import ch.qos.logback.core.status.Status;
import io.dropwizard.request.logging.RequestLogFactory;
import org.eclipse.jetty.server.RequestLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dropwizard's request log, without the version check logback-access prints to standard output as it starts: it
 * compares Dropwizard's subclass with logback-access and always finds them "different" (and, in the fat jar, the
 * expected logback-core version "?"). The request log is made quiet, and its other warnings and errors go to the
 * application log instead, so a real one (an appender that cannot write) is still seen.
 */
final class QuietRequestLogFactory implements RequestLogFactory<RequestLog> {
    private static final Logger LOG = LoggerFactory.getLogger("io.casework.server.RequestLog");

    private final RequestLogFactory<?> factory;

    QuietRequestLogFactory(RequestLogFactory<?> factory) {
        this.factory = factory;
    }

    @Override
    public boolean isEnabled() {
        return factory.isEnabled();
    }

    @Override
    public RequestLog build(String name) {
        RequestLog log = factory.build(name);
        if (log instanceof RequestLogImpl logback) {
            logback.setQuiet(true);
            logback.getStatusManager().add(QuietRequestLogFactory::report);
        }
        return log;
    }

    private static void report(Status status) {
        String message = status.getMessage();
        if (status.getLevel() < Status.WARN || message.startsWith("Versions of ")
                || message.startsWith("Expected version of ")) {
            return;
        }
        LOG.warn("request log: {}", message, status.getThrowable());
    }
}
