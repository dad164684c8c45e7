package io.casework.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.adapters.persistence.TestDatabase;
import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.application.port.in.CreateOrganizationCommand;
import io.casework.application.port.in.UseCases;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The whole server on a fresh PostgreSQL database, and a raw HTTP client to talk to it as clients do. */
final class TestServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestDatabase.Fresh database;
    final DropwizardAppExtension<CaseworkConfiguration> app;
    private final HttpClient http = HttpClient.newHttpClient();
    private UseCases casework;

    TestServer(ConfigOverride... extra) {
        this(TestDatabase.fresh(), extra);
    }

    /** A second server process on another's database: {@code new TestServer(first.database())}. */
    TestServer(TestDatabase.Fresh database, ConfigOverride... extra) {
        this.database = database;
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("database.url", database.url()),
                ConfigOverride.config("database.user", database.user()),
                ConfigOverride.config("database.password", database.password()),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("logging.level", "WARN"),
                ConfigOverride.config("dataDir", temporaryDataDir())));
        overrides.addAll(List.of(extra));
        this.app = new DropwizardAppExtension<>(CaseworkApplication.class, null,
                overrides.toArray(ConfigOverride[]::new));
    }

    private static String temporaryDataDir() {
        try {
            return java.nio.file.Files.createTempDirectory("casework-test-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new organization on {@code plan}; returns its API key. */
    String newOrganization(String name, Plan plan) {
        return casework().createOrganization().create(new CreateOrganizationCommand(name, plan)).apiKey();
    }

    /** The use cases on the server's database and configuration, for what a test sets up or checks directly. */
    synchronized UseCases casework() {
        if (casework == null) {
            Wiring wiring = new Wiring(new PostgresPersistence(database.dataSource()), app.getConfiguration());
            casework = wiring.casework(wiring.notifier());
        }
        return casework;
    }

    /** The folder the server writes emails to, having no SMTP server. */
    Outbox outbox() {
        return new Outbox(java.nio.file.Path.of(app.getConfiguration().dataDir).resolve("outbox"));
    }

    TestDatabase.Fresh database() {
        return database;
    }

    Response get(String key, String path) {
        return send(key, "GET", path, null, "application/json");
    }

    Response post(String key, String path, String body) {
        return send(key, "POST", path, body, "application/json");
    }

    Response send(String key, String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response, parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int adminPort() {
        return app.getAdminPort();
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    record Response(int status, HttpResponse<String> raw, JsonNode body) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }
}
