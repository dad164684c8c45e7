package io.casework.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the configuration tree in three layers: the bundled defaults, then the optional YAML file (which may
 * use {@code ${VAR:-default}}), then the {@code CASEWORK_*} environment variables. So the server runs with no
 * file at all, and every documented variable works whether or not a file is given.
 */
final class ConfigurationLayers {
    static final String DEFAULTS = "casework-defaults.yml";

    /** Each documented environment variable and the configuration path it sets. */
    static final Map<String, String> ENVIRONMENT = new LinkedHashMap<>();

    static {
        ENVIRONMENT.put("CASEWORK_DATABASE_URL", "database.url");
        ENVIRONMENT.put("CASEWORK_DATABASE_USER", "database.user");
        ENVIRONMENT.put("CASEWORK_DATABASE_PASSWORD", "database.password");
        ENVIRONMENT.put("CASEWORK_HTTP_PORT", "server.applicationConnectors[0].port");
        ENVIRONMENT.put("CASEWORK_ADMIN_PORT", "server.adminConnectors[0].port");
        ENVIRONMENT.put("CASEWORK_ADMIN_BIND_HOST", "server.adminConnectors[0].bindHost");
        ENVIRONMENT.put("CASEWORK_DATA_DIR", "dataDir");
        ENVIRONMENT.put("CASEWORK_SMTP_HOST", "smtp.host");
        ENVIRONMENT.put("CASEWORK_SMTP_PORT", "smtp.port");
        ENVIRONMENT.put("CASEWORK_SMTP_USER", "smtp.user");
        ENVIRONMENT.put("CASEWORK_SMTP_PASSWORD", "smtp.password");
        ENVIRONMENT.put("CASEWORK_SMTP_STARTTLS", "smtp.starttls");
        ENVIRONMENT.put("CASEWORK_MAIL_FROM", "smtp.from");
        ENVIRONMENT.put("CASEWORK_PUBLIC_URL", "publicUrl");
        ENVIRONMENT.put("CASEWORK_CASE_URL_TEMPLATE", "caseUrlTemplate");
        ENVIRONMENT.put("CASEWORK_STARTUP_ASSIGN_CASE_MONTHLY_LIMIT", "plans.startupProgram.assignCaseMonthlyLimit");
        ENVIRONMENT.put("CASEWORK_WORKERS", "engine.workers");
        ENVIRONMENT.put("CASEWORK_RUN_LEASE_SECONDS", "engine.runLeaseSeconds");
        ENVIRONMENT.put("CASEWORK_ENGINE_BATCH_SIZE", "engine.batchSize");
        ENVIRONMENT.put("CASEWORK_ENGINE_BATCH_PER_ORGANIZATION", "engine.batchPerOrganization");
        ENVIRONMENT.put("CASEWORK_RATE_LIMIT_WRITES_PER_SECOND", "rateLimits.writesPerSecond");
        ENVIRONMENT.put("CASEWORK_RATE_LIMIT_WRITE_BURST", "rateLimits.writeBurst");
        ENVIRONMENT.put("CASEWORK_RATE_LIMIT_READS_PER_SECOND", "rateLimits.readsPerSecond");
        ENVIRONMENT.put("CASEWORK_RATE_LIMIT_READ_BURST", "rateLimits.readBurst");
        ENVIRONMENT.put("CASEWORK_NOTIFY_MAX_ATTEMPTS", "notify.maxAttempts");
        ENVIRONMENT.put("CASEWORK_NOTIFY_BACKOFF_INITIAL_MS", "notify.backoffInitialMs");
        ENVIRONMENT.put("CASEWORK_NOTIFY_BACKOFF_MAX_MS", "notify.backoffMaxMs");
        ENVIRONMENT.put("CASEWORK_WEBHOOKS_ALLOW_INSECURE", "webhooks.allowInsecure");
        ENVIRONMENT.put("CASEWORK_WEBHOOKS_MAX_ATTEMPTS", "webhooks.maxAttempts");
        ENVIRONMENT.put("CASEWORK_WEBHOOKS_BACKOFF_INITIAL_MS", "webhooks.backoffInitialMs");
        ENVIRONMENT.put("CASEWORK_WEBHOOKS_BACKOFF_MAX_MS", "webhooks.backoffMaxMs");
    }

    static final String LOG_FORMAT = "CASEWORK_LOG_FORMAT";

    private final YAMLMapper yaml = new YAMLMapper();
    private final Map<String, String> environment;

    ConfigurationLayers(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The merged tree; {@code file} may be null for the defaults and the environment only. */
    JsonNode build(Path file) throws IOException {
        JsonNode tree;
        try (InputStream defaults = ConfigurationLayers.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            tree = yaml.readTree(defaults);
        }
        if (file != null) {
            String text = new EnvironmentVariableSubstitutor(false).replace(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode fromFile = readYaml(file, text);
            if (fromFile != null && !fromFile.isMissingNode() && !fromFile.isNull()) {
                if (!fromFile.isObject()) {
                    throw new IOException(file + " must hold a YAML mapping of settings");
                }
                merge(tree, fromFile);
            }
        }
        ENVIRONMENT.forEach((variable, path) -> {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                set((ObjectNode) tree, path, value);
            }
        });
        logFormat((ObjectNode) tree, environment.get(LOG_FORMAT));
        return tree;
    }

    /**
     * {@code CASEWORK_LOG_FORMAT=json} writes the console log as one JSON object a line (Dropwizard's json layout),
     * for log pipelines; {@code text}, or nothing, keeps the readable lines.
     */
    private static void logFormat(ObjectNode tree, String format) throws IOException {
        if (format == null || format.isEmpty() || format.equals("text")) {
            return;
        }
        if (!format.equals("json")) {
            throw new IOException(LOG_FORMAT + " must be text or json, not " + format);
        }
        set(tree, "logging.appenders[0].layout.type", "json");
    }

    private JsonNode readYaml(Path file, String text) throws IOException {
        try {
            return yaml.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String problem = e.getOriginalMessage().lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.equals("^") && !line.startsWith("in 'reader'"))
                    .collect(java.util.stream.Collectors.joining(", "));
            throw new IOException(file + " is not valid YAML" + where + ": " + problem);
        }
    }

    private static void merge(JsonNode base, JsonNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = base.get(field.getKey());
            if (existing != null && existing.isObject() && field.getValue().isObject()) {
                merge(existing, field.getValue());
            } else {
                ((ObjectNode) base).set(field.getKey(), field.getValue());
            }
        }
    }

    /** Sets a dotted path such as {@code server.applicationConnectors[0].port}, creating what is missing. */
    private static void set(ObjectNode root, String path, String value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                if (last) {
                    ((ObjectNode) node).put(part, value);
                } else {
                    node = child((ObjectNode) node, part);
                }
                continue;
            }
            String name = part.substring(0, bracket);
            int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
            JsonNode array = node.get(name);
            if (array == null || !array.isArray()) {
                array = ((ObjectNode) node).putArray(name);
            }
            while (array.size() <= index) {
                ((ArrayNode) array).addObject();
            }
            node = array.get(index);
            if (last) {
                throw new IllegalArgumentException("a path cannot end in an array element: " + path);
            }
        }
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = JsonNodeFactory.instance.objectNode();
        parent.set(name, created);
        return created;
    }
}
