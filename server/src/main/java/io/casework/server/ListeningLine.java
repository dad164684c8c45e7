package io.casework.server;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.util.List;

/** The one start-up line that tells a person where to find the service. */
final class ListeningLine {
    private ListeningLine() {
    }

    static String of(CaseworkConfiguration config, int port, int adminPort) {
        ServerFactory server = config.getServerFactory();
        String host = null;
        String adminHost = null;
        if (server instanceof DefaultServerFactory factory) {
            host = bindHost(factory.getApplicationConnectors());
            adminHost = bindHost(factory.getAdminConnectors());
        }
        return of(config.publicUrl, host, port, adminHost, adminPort);
    }

    /**
     * @param publicUrl the configured public URL, or blank for {@code http://localhost:<port>}
     * @param host      the application connector's bind host, null or blank for every interface
     */
    static String of(String publicUrl, String host, int port, String adminHost, int adminPort) {
        String base = publicUrl == null || publicUrl.isBlank() ? "http://localhost:" + port
                : publicUrl.strip().replaceAll("/+$", "");
        return "casework is listening: " + base + " (port " + port + " on " + where(host) + "): the dashboard "
                + base + "/, the API reference " + base + "/docs; admin port " + adminPort + " on " + where(adminHost)
                + " (/healthcheck, /metrics)";
    }

    private static String bindHost(List<ConnectorFactory> connectors) {
        return !connectors.isEmpty() && connectors.get(0) instanceof HttpConnectorFactory http ? http.getBindHost() : null;
    }

    private static String where(String host) {
        return host == null || host.isBlank() ? "every interface" : host;
    }
}
