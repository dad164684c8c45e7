package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casework.domain.organization.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input, generated: every operation of the served OpenAPI document gets valid requests built from its schemas
 * (with real ids of the test organization) and mutations of them (wrong types, missing and unknown fields, extreme
 * values, unicode, NUL, lone surrogates, invalid UTF-8, malformed JSON, another organization's ids, bad headers).
 * No answer may be a 5xx; every error is {@code application/problem+json} with a documented {@code code}; the
 * server is healthy after.
 *
 * <p>{@code mvn verify} sends {@value #DEFAULT_BUDGET} requests with seed {@value #DEFAULT_SEED}.
 * {@code -Dcasework.fuzz.requests=N} (or {@code CASEWORK_FUZZ_REQUESTS}) sends N, with a random seed unless
 * {@code -Dcasework.fuzz.seed=S} (or {@code CASEWORK_FUZZ_SEED}) fixes it; {@code bench/fuzz} runs 10,000. A failure
 * names the seed and each failing request (method, path, headers, body excerpt), so it replays.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiFuzzTest {
    // thousands of requests of one organization as fast as the server answers: no rate limit, or most would be 429
    static final TestServer SERVER = new TestServer(ConfigOverride.config("rateLimits.writesPerSecond", "0"),
            ConfigOverride.config("rateLimits.readsPerSecond", "0"));
    static final DropwizardAppExtension<CaseworkConfiguration> APP = SERVER.app;

    static final int DEFAULT_BUDGET = 2500;
    static final long DEFAULT_SEED = 20261201L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern RAW = Pattern.compile("\"@@RAW(\\d+)@@\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Random random;
    private String key;
    private final Map<String, List<String>> ids = new TreeMap<>();
    private final Map<String, List<String>> foreignIds = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<String> raws = new ArrayList<>();
    private int retried;

    @Test
    void noGeneratedRequestAnswersA5xxAndEveryErrorIsADocumentedProblem() throws Exception {
        int budget = setting("casework.fuzz.requests", "CASEWORK_FUZZ_REQUESTS", DEFAULT_BUDGET);
        String seedSetting = setting("casework.fuzz.seed", "CASEWORK_FUZZ_SEED");
        long seed = seedSetting != null ? Long.parseLong(seedSetting)
                : budget == DEFAULT_BUDGET ? DEFAULT_SEED : new Random().nextLong();
        random = new Random(seed);

        String document = SERVER.get(null, "/v1/openapi.json").raw().body();
        OpenAPI api = parse(document);
        Set<String> codes = documentedCodes(api);
        key = SERVER.newOrganization("Fuzz", Plan.GROWTH);
        setUpResources(key, ids);
        setUpResources(SERVER.newOrganization("Other", Plan.GROWTH), foreignIds);

        List<Op> operations = operations(api);
        for (int i = 0; i < budget && failures.size() < 50; i++) {
            Op op = operations.get(random.nextInt(operations.size()));
            Request request = random.nextInt(10) < 3 ? valid(op) : mutated(op);
            Answer answer = send(request);
            if (answer != null && answer.error() != null) {
                // a connection the server closed after refusing the previous request unread can reach the client
                // after it picked the connection again: once more on a fresh one, then it is the request's fault
                retried++;
                answer = send(request);
            }
            check(request, answer, codes);
        }

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + SERVER.adminPort() + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf("ApiFuzzTest: %d requests, seed %d, statuses %s, %d sent again after a closed connection%n",
                budget, seed, statuses, retried);
        assertThat(failures).as("seed %d (-Dcasework.fuzz.seed=%d -Dcasework.fuzz.requests=%d); statuses %s",
                seed, seed, budget, statuses).isEmpty();
        assertThat(health.statusCode()).as("admin /healthcheck after the fuzz: %s", health.body()).isEqualTo(200);
    }

    // ---- the document ----

    private static OpenAPI parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getOpenAPI()).as("the served document parses: %s", result.getMessages()).isNotNull();
        return result.getOpenAPI();
    }

    /** The codes the Problem schema documents: its enum, or the codes its description names. */
    @SuppressWarnings("unchecked")
    private static Set<String> documentedCodes(OpenAPI api) {
        Schema<Object> code = (Schema<Object>) api.getComponents().getSchemas().get("Problem").getProperties()
                .get("code");
        Set<String> codes = new LinkedHashSet<>();
        if (code.getEnum() != null) {
            code.getEnum().forEach(c -> codes.add(String.valueOf(c)));
        } else {
            Matcher named = Pattern.compile("`([a-z_]+)`").matcher(code.getDescription());
            while (named.find()) {
                codes.add(named.group(1));
            }
        }
        assertThat(codes).as("the Problem schema documents the codes").contains("validation_failed", "not_found");
        return codes;
    }

    record Op(String method, String path, List<Parameter> parameters, Schema<?> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Op> operations(OpenAPI api) {
        List<Op> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            operations.add(new Op(method.name(), path, parameters, bodySchema(operation)));
        }));
        return operations;
    }

    private static Schema<?> bodySchema(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        return json == null ? null : json.getSchema();
    }

    // ---- the resources the requests point at ----

    private void setUpResources(String apiKey, Map<String, List<String>> into) {
        String staff = created(apiKey, "/v1/staff-members",
                "{\"email\":\"ada" + random.nextInt(1_000_000) + "@example.test\",\"name\":\"Ada\"}");
        String other = created(apiKey, "/v1/staff-members",
                "{\"email\":\"bob" + random.nextInt(1_000_000) + "@example.test\",\"name\":\"Bob\"}");
        String team = created(apiKey, "/v1/teams", "{\"name\":\"Fraud\",\"member_ids\":[\"" + staff + "\"]}");
        String caseId = created(apiKey, "/v1/cases", "{\"case_type\":\"fraud\",\"subject\":{\"name\":\"Jo\"}}");
        String workflow = created(apiKey, "/v1/workflows", "{\"name\":\"Triage\",\"trigger\":{\"event\":\"manual\"},"
                + "\"steps\":[{\"id\":\"assign\",\"type\":\"assign_case\",\"config\":{\"case\":\"trigger.case\","
                + "\"assignee_type\":\"team\",\"assignee_id\":\"" + team + "\"}}]}");
        SERVER.post(apiKey, "/v1/workflows/" + workflow + "/publish", null);
        String run = created(apiKey, "/v1/workflows/" + workflow + "/runs", "{\"case_id\":\"" + caseId + "\"}");
        String apiKeyId = created(apiKey, "/v1/api-keys", "{\"name\":\"spare\"}");
        // .invalid never resolves: the server's deliveries to it fail and are retried, calling no one
        String endpoint = created(apiKey, "/v1/webhook-endpoints",
                "{\"url\":\"https://hooks.example.invalid/casework\",\"events\":[\"case.created\"]}");
        created(apiKey, "/v1/cases", "{\"case_type\":\"fraud\"}");
        String delivery = SERVER.get(apiKey, "/v1/webhook-endpoints/" + endpoint + "/deliveries").body()
                .get("data").get(0).get("id").asText();
        into.put("stf", List.of(staff, other));
        into.put("team", List.of(team));
        into.put("case", List.of(caseId));
        into.put("wf", List.of(workflow));
        into.put("run", List.of(run));
        into.put("key", List.of(apiKeyId));
        into.put("whe", List.of(endpoint));
        into.put("whd", List.of(delivery));
    }

    private static String created(String apiKey, String path, String body) {
        TestServer.Response response = SERVER.post(apiKey, path, body);
        assertThat(response.status()).as("%s %s", path, response.body()).isBetween(200, 202);
        return response.body().get("id").asText();
    }

    /** A real id for a path parameter or an id field, by what its name and the path say it points at. */
    private String idFor(String name, String path, Map<String, List<String>> pool) {
        String kind;
        if (name.equals("staff_member_id") || name.equals("member_ids")) {
            kind = "stf";
        } else if (name.equals("case_id")) {
            kind = "case";
        } else if (name.equals("workflow_id")) {
            kind = "wf";
        } else if (name.equals("assignee_id")) {
            kind = random.nextBoolean() ? "stf" : "team";
        } else if (path.startsWith("/v1/staff-members")) {
            kind = "stf";
        } else if (path.startsWith("/v1/teams")) {
            kind = "team";
        } else if (path.startsWith("/v1/cases")) {
            kind = "case";
        } else if (path.startsWith("/v1/workflows")) {
            kind = "wf";
        } else if (path.startsWith("/v1/workflow-runs")) {
            kind = "run";
        } else if (path.startsWith("/v1/api-keys")) {
            kind = "key";
        } else if (path.startsWith("/v1/webhook-endpoints")) {
            kind = "whe";
        } else if (path.startsWith("/v1/webhook-deliveries")) {
            kind = "whd";
        } else {
            kind = "case";
        }
        List<String> candidates = pool.get(kind);
        return candidates.get(random.nextInt(candidates.size()));
    }

    // ---- requests ----

    record Request(String method, String path, Map<String, String> headers, byte[] body) {
        String describe() {
            String excerpt = body == null ? "(no body)" : excerpt(body);
            return method + " " + path + " " + headers + " " + excerpt;
        }
    }

    private Request valid(Op op) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + key);
        String path = pathWith(op, ids);
        String query = query(op, false);
        byte[] body = null;
        if (op.body() != null) {
            headers.put("Content-Type", "application/json");
            body = bytes(generate(op.body(), "", op.path(), 0));
        }
        return new Request(op.method(), path + query, headers, body);
    }

    private Request mutated(Op op) throws IOException {
        Request base = valid(op);
        Map<String, String> headers = new LinkedHashMap<>(base.headers());
        String path = base.path();
        byte[] body = base.body();
        int kinds = op.body() != null ? 14 : 5;
        switch (random.nextInt(kinds)) {
            case 0 -> path = pathWith(op, foreignIds) + query(op, false);
            case 1 -> path = garbledPath(op) + query(op, false);
            case 2 -> path = pathWith(op, ids) + query(op, true);
            case 3 -> badHeader(headers, op);
            case 4 -> {
                if (random.nextBoolean()) {
                    headers.remove("Authorization");
                } else {
                    headers.put("Authorization", random.nextBoolean() ? "Bearer key_x.y" : "Basic Zm9vOmJhcg==");
                }
            }
            case 5, 6 -> body = bytes(mutateTree((ObjectNode) JSON.readTree(body)));
            case 7 -> body = rawMutation(body);
            case 8 -> body = invalidUtf8(body);
            case 9 -> body = extremeValue(body);
            case 10 -> {
                body = extremeValue(body);
                badHeader(headers, op);
            }
            case 11 -> body = bytes(withField((ObjectNode) JSON.readTree(body), wrongValue()));
            case 12 -> body = bytes(withForeignIds((ObjectNode) JSON.readTree(body)));
            default -> body = bytes(mutateTree(mutateTree((ObjectNode) JSON.readTree(body))));
        }
        return new Request(base.method(), path, headers, body);
    }

    private String pathWith(Op op, Map<String, List<String>> pool) {
        String path = op.path();
        if (path.contains("{n}")) {
            path = path.replace("{n}", String.valueOf(1 + random.nextInt(2)));
        }
        if (path.contains("{staff_member_id}")) {
            path = path.replace("{staff_member_id}", idFor("staff_member_id", path, pool));
        }
        if (path.contains("{id}")) {
            path = path.replace("{id}", idFor("id", op.path(), pool));
        }
        return path;
    }

    private static final String[] GARBLED_IDS = {"x", "case_", "stf_%00", "%ff%fe", "..%2f..%2fetc", "%F0%9F%98%80",
            "a".repeat(5000), "case_%0d%0aX-Injected:1", "null", "-1", "0", "99999999999999999999999", "%e2%80%8b",
            "%ed%a0%80", "team_' OR '1'='1", "%25%25"};

    private String garbledPath(Op op) {
        String garbled = GARBLED_IDS[random.nextInt(GARBLED_IDS.length)];
        String path = op.path().replace("{n}", random.nextBoolean() ? garbled : "-5");
        path = path.replace("{staff_member_id}", garbled);
        return path.replace("{id}", garbled);
    }

    private static final String[] BAD_QUERY_VALUES = {"", "0", "-1", "101", "1e3", "abc", "99999999999999999999999",
            "%00", "%ff", "%ed%a0%80", "x".repeat(3000), "open,closed", "%0d%0a", "1.5", "NaN", "true"};

    private String query(Op op, boolean bad) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : op.parameters()) {
            if (!"query".equals(parameter.getIn())) {
                continue;
            }
            String name = parameter.getName();
            if (bad && random.nextInt(3) > 0) {
                pairs.add(name + "=" + BAD_QUERY_VALUES[random.nextInt(BAD_QUERY_VALUES.length)]);
            } else if (random.nextInt(3) == 0) {
                String value = name.endsWith("_id") ? idFor(name, op.path(), ids)
                        : String.valueOf(plainValue(parameter.getSchema(), name, op.path()).asText());
                pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        if (bad && random.nextInt(3) == 0) {
            pairs.add(random.nextBoolean() ? "priority=high" : "unknown=%ff");
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private void badHeader(Map<String, String> headers, Op op) {
        switch (random.nextInt(6)) {
            case 0 -> headers.put("Content-Type", pick("text/plain", "application/xml", "application/json; charset=latin1",
                    "application/json; charset=utf-16", "garbage", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/json;;;", "*/*", "application/merge-patch+json"));
            case 1 -> headers.put("Idempotency-Key", pick("", " ", "k".repeat(256), "k".repeat(10_000), "é-clé",
                    "key\u0001", "fuzz-" + random.nextInt(5)));
            case 2 -> headers.put("If-Match", pick("\"1\"", "\"999999\"", "*", "W/\"1\"", "1", "\"-1\"",
                    "\"99999999999999999999999\"", "\"\"", "garbage", "\"1\", \"2\""));
            case 3 -> headers.put("Content-Encoding", pick("gzip", "deflate", "br", "identity", "gzip, gzip", "x-nope"));
            case 4 -> headers.put("Accept", pick("text/html", "application/xml", "*/*", "application/problem+json",
                    "garbage"));
            default -> headers.put("Content-Length-Ignored", "x");
        }
        if (op.body() == null && random.nextInt(3) == 0) {
            headers.put("Content-Type", "application/json");
        }
    }

    // ---- bodies ----

    private JsonNode generate(Schema<?> schema, String name, String path, int depth) {
        if (schema == null) {
            return NODES.textNode("x");
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            List<Schema> options = schema.getOneOf();
            Schema<?> chosen = options.get(random.nextInt(options.size()));
            return generate(chosen, name, path, depth);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return generate((Schema<?>) schema.getAnyOf().get(0), name, path, depth);
        }
        String type = typeOf(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Map<String, Schema> properties = schema.getProperties();
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                if (properties == null || properties.isEmpty()) {
                    if (depth < 3 && random.nextBoolean()) {
                        object.put("note", "fuzz").put("amount", random.nextInt(1000)).put("vip", random.nextBoolean());
                    }
                    return object;
                }
                properties.forEach((property, child) -> {
                    if (required.contains(property) || random.nextInt(3) == 0) {
                        object.set(property, generate(child, property, path, depth + 1));
                    }
                });
                if (properties.containsKey("type") && properties.containsKey("config") && object.has("type")) {
                    object.put("type", random.nextBoolean() ? "assign_case" : "set_case_priority");
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int n = depth > 3 ? 0 : random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    array.add(generate(schema.getItems(), name, path, depth + 1));
                }
                return array;
            }
            case "null" -> {
                return NODES.nullNode();
            }
            default -> {
                return plainValue(schema, name, path);
            }
        }
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            List<String> types = new ArrayList<>(schema.getTypes());
            types.remove("null");
            return types.isEmpty() ? "null" : types.get(0);
        }
        return schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "string";
    }

    private JsonNode plainValue(Schema<?> schema, String name, String path) {
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            List<?> values = schema.getEnum();
            return NODES.textNode(String.valueOf(values.get(random.nextInt(values.size()))));
        }
        String type = schema == null ? "string" : typeOf(schema);
        switch (type) {
            case "integer" -> {
                BigDecimal minimum = schema.getMinimum() == null ? BigDecimal.ZERO : schema.getMinimum();
                long low = minimum.longValue();
                long high = schema.getMaximum() == null ? low + 50 : schema.getMaximum().longValue();
                return NODES.numberNode(low + (long) random.nextInt((int) Math.max(1, high - low + 1)));
            }
            case "number" -> {
                return NODES.numberNode(random.nextDouble() * 100);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                if (name.equals("id") && path.startsWith("/v1/workflows")) {
                    return NODES.textNode("step_" + random.nextInt(100));
                }
                if (name.endsWith("_id") || name.endsWith("_ids")) {
                    return NODES.textNode(idFor(name, path, ids));
                }
                if ("email".equals(schema == null ? null : schema.getFormat()) || name.equals("email")) {
                    return NODES.textNode("fuzz" + random.nextInt(1_000_000_000) + "@example.test");
                }
                if (schema != null && schema.getPattern() != null || name.equals("case_types")
                        || name.equals("case_type")) {
                    return NODES.textNode(pick("fraud", "kyc", "onboarding", "a", "x_1"));
                }
                if (name.equals("field")) {
                    return NODES.textNode(pick("case.priority", "case.case_type", "case.tags", "case.attributes.vip"));
                }
                return NODES.textNode(pick("Fuzz", "Ada Lovelace", "Zoë", "日本語", "مرحبا", "a b c", "x"));
            }
        }
    }

    /** Wrong types, missing required and unknown fields, nulls: one change at a random place of the tree. */
    private ObjectNode mutateTree(ObjectNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        switch (names.isEmpty() ? 0 : random.nextInt(4)) {
            case 0 -> target.set(pick("unknown", "id", "version", "status", "created_at", "__proto__", ""),
                    wrongValue());
            case 1 -> target.remove(names.get(random.nextInt(names.size())));
            case 2 -> target.set(names.get(random.nextInt(names.size())), wrongValue());
            default -> target.set(names.get(random.nextInt(names.size())), NODES.nullNode());
        }
        return root;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        node.forEach(child -> collectObjects(child, into));
    }

    private JsonNode wrongValue() {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.numberNode(random.nextInt());
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.arrayNode().add("x").add(1);
            case 3 -> NODES.objectNode().put("x", 1);
            case 4 -> NODES.nullNode();
            case 5 -> NODES.textNode("");
            case 6 -> NODES.textNode(" ");
            case 7 -> NODES.textNode(pick("\u0000", "a\u0000b", "line\nbreak", "cr\rhere", "\u202Eevil", "🦄".repeat(60),
                    "e\u0301", "\u200B", "=?UTF-8?B?QUJD?=", "\uFEFF", "\\", "\"", "'; DROP TABLE cases; --"));
            case 8 -> raw(pick("\"\\ud800\"", "\"a\\udfffb\"", "\"\\udc00\\ud800\"", "\"\\u0000\"", "1e400", "-1e400",
                    "1e-400", "123456789012345678901234567890", "-9223372036854775809", "9223372036854775808",
                    "0.1e999999999", "-0", "1E+2147483648", "4.9e-324", "1.7976931348623157e309",
                    "0." + "1".repeat(2000), "9".repeat(2000)));
            case 9 -> NODES.textNode("x".repeat(pick(201, 255, 65, 1000, 70_000)));
            case 10 -> {
                int depth = pick(100, 999, 1001, 5000);
                yield raw("[".repeat(depth) + "1" + "]".repeat(depth));
            }
            default -> {
                int depth = pick(100, 1001, 3000);
                yield raw("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
            }
        };
    }

    private int pick(int... values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private JsonNode raw(String text) {
        raws.add(text);
        return NODES.textNode("@@RAW" + (raws.size() - 1) + "@@");
    }

    private ObjectNode withField(ObjectNode root, JsonNode value) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        target.set(names.isEmpty() ? "unknown" : names.get(random.nextInt(names.size())), value);
        return root;
    }

    private ObjectNode withForeignIds(ObjectNode root) {
        replaceIds(root);
        return root;
    }

    private void replaceIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isTextual() && name.endsWith("_id")) {
                    object.put(name, idFor(name, "", foreignIds));
                } else if (value.isArray() && name.endsWith("_ids")) {
                    ((ArrayNode) value).removeAll().add(idFor(name, "", foreignIds));
                } else {
                    replaceIds(value);
                }
            }
        } else {
            node.forEach(this::replaceIds);
        }
    }

    private byte[] extremeValue(byte[] body) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        JsonNode value = random.nextInt(3) == 0 ? NODES.textNode("x".repeat(pick(200_000, 1_100_000))) : wrongValue();
        return bytes(withField(root, value));
    }

    /** Malformed JSON: truncated, duplicate keys, trailing garbage, comments, BOM, not an object. */
    private byte[] rawMutation(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String mutated = switch (random.nextInt(10)) {
            case 0 -> text.substring(0, random.nextInt(Math.max(1, text.length())));
            case 1 -> text.replaceFirst("\\{", "{\"dup\":1,\"dup\":2,");
            case 2 -> text.length() > 2 ? text.replaceFirst("\\{\"([a-z_]+)\":([^,}]+)", "{\"$1\":$2,\"$1\":$2") : text;
            case 3 -> text + "}";
            case 4 -> "\uFEFF" + text;
            case 5 -> text.replaceFirst("\\{", "{/* c */");
            case 6 -> pick("[]", "null", "\"x\"", "1", "", " ", "{}", "{", "}", "[" + text + "]", "{'a':1}");
            case 7 -> text.replace(":", ":\u0000");
            case 8 -> text.replaceFirst("\"", "\"\\ud800");
            default -> text.replaceFirst("\\}$", ",}");
        };
        return mutated.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that are not UTF-8 inside a string (or as the whole body). */
    private byte[] invalidUtf8(byte[] body) {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
        byte[] insert = bad[random.nextInt(bad.length)];
        int quote = -1;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '"' && i > 0 && body[i - 1] == ':') {
                quote = i;
                if (random.nextBoolean()) {
                    break;
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = quote < 0 ? random.nextInt(body.length + 1) : quote + 1;
        out.write(body, 0, at);
        out.writeBytes(insert);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private byte[] bytes(JsonNode tree) {
        String text = tree.toString();
        Matcher matcher = RAW.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(raws.get(Integer.parseInt(matcher.group(1)))));
        }
        matcher.appendTail(out);
        raws.clear();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- sending and judging ----

    record Answer(int status, String contentType, String body, Exception error) {
    }

    private Answer send(Request request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort()
                    + request.path())).timeout(Duration.ofSeconds(30))
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), null);
        } catch (IllegalArgumentException unsendable) {
            return null; // a header or path Java's client will not send; nothing to learn from the server
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Answer(-1, "", "", e);
        }
    }

    private void check(Request request, Answer answer, Set<String> codes) {
        if (answer == null) {
            return;
        }
        statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
        String problem = null;
        if (answer.error() != null) {
            problem = "no answer: " + answer.error();
        } else if (answer.status() >= 500) {
            problem = "a " + answer.status();
        } else if (answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                problem = "an error that is not application/problem+json (" + answer.contentType() + ")";
            } else {
                String code = code(answer.body());
                if (!codes.contains(code)) {
                    problem = "an undocumented code " + code;
                }
            }
        }
        if (problem != null) {
            failures.add(problem + " for " + request.describe() + "\n    answered " + answer.status() + " "
                    + excerpt(answer.body().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String code(String body) {
        try {
            return JSON.readTree(body).path("code").asText(null);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The first 300 characters, control characters and bytes that are not UTF-8 written as escapes. */
    static String excerpt(byte[] body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length && out.length() < 300; i++) {
            int b = body[i] & 0xFF;
            out.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return out + (body.length > 300 ? "… (" + body.length + " bytes)" : "");
    }

    private static int setting(String property, String env, int fallback) {
        String value = setting(property, env);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() ? value : System.getenv(env);
    }
}
