package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.adapters.rest.http.RateLimits;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.json.EventJsonLayoutBaseFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationLayersTest {
    @TempDir
    Path dir;

    @Test
    void withNoFileAndNoEnvironmentTheDefaultsApply() throws IOException {
        JsonNode tree = new ConfigurationLayers(Map.of()).build(null);

        assertThat(tree.at("/dataDir").asText()).isEqualTo("./data");
        assertThat(tree.at("/server/applicationConnectors/0/port").asInt()).isEqualTo(8080);
        assertThat(tree.at("/server/adminConnectors/0/port").asInt()).isEqualTo(8081);
        assertThat(tree.at("/plans/startupProgram/assignCaseMonthlyLimit").asInt()).isEqualTo(100);
    }

    /**
     * The defaults file is what applies, the field initialisers are what a reader of the class sees: they must not
     * tell two stories (the file once kept four run workers after the class and the README had moved to one).
     */
    @Test
    void theDefaultsFileAgreesWithTheSettingsClassWhereverBothSetAValue() throws IOException {
        JsonNode file = new ConfigurationLayers(Map.of()).build(null);
        CaseworkConfiguration initialised = new CaseworkConfiguration();
        JsonNode fields = Jackson.newObjectMapper().valueToTree(Map.of("dataDir", initialised.dataDir,
                "database", initialised.database, "plans", initialised.plans, "engine", initialised.engine,
                "smtp", initialised.smtp, "notify", initialised.notify, "webhooks", initialised.webhooks,
                "rateLimits", initialised.rateLimits));

        fields.fields().forEachRemaining(section -> assertSameWhereBothSet(section.getKey(), section.getValue(),
                file.get(section.getKey())));
    }

    private static void assertSameWhereBothSet(String path, JsonNode initialised, JsonNode file) {
        if (file == null) {
            return;
        }
        if (initialised.isObject()) {
            initialised.fields().forEachRemaining(field -> assertSameWhereBothSet(path + "." + field.getKey(),
                    field.getValue(), file.get(field.getKey())));
        } else {
            assertThat(file.asText()).as(path).isEqualTo(initialised.asText());
        }
    }

    @Test
    void aFileOverridesTheDefaultsAndTheEnvironmentOverridesBoth() throws IOException {
        Path file = dir.resolve("casework.yml");
        Files.writeString(file, """
                dataDir: /var/lib/casework
                caseUrlTemplate: https://example.test/{case_id}
                server:
                  applicationConnectors:
                    - type: http
                      port: 9000
                """);
        Map<String, String> env = Map.of("CASEWORK_HTTP_PORT", "9100", "CASEWORK_WORKERS", "8",
                "CASEWORK_DATABASE_URL", "jdbc:postgresql://db/casework");

        JsonNode tree = new ConfigurationLayers(env).build(file);

        assertThat(tree.at("/dataDir").asText()).isEqualTo("/var/lib/casework");
        assertThat(tree.at("/caseUrlTemplate").asText()).isEqualTo("https://example.test/{case_id}");
        assertThat(tree.at("/server/applicationConnectors/0/port").asText()).isEqualTo("9100");
        assertThat(tree.at("/server/adminConnectors/0/port").asInt()).isEqualTo(8081);
        assertThat(tree.at("/engine/workers").asText()).isEqualTo("8");
        assertThat(tree.at("/engine/runLeaseSeconds").asInt()).isEqualTo(30);
        assertThat(tree.at("/database/url").asText()).isEqualTo("jdbc:postgresql://db/casework");
    }

    @Test
    void logFormatJsonSwitchesTheConsoleToDropwizardsJsonLayout() throws Exception {
        JsonNode json = new ConfigurationLayers(Map.of(ConfigurationLayers.LOG_FORMAT, "json")).build(null);
        JsonNode text = new ConfigurationLayers(Map.of(ConfigurationLayers.LOG_FORMAT, "text")).build(null);

        CaseworkConfiguration configuration = configuration(json);
        ConsoleAppenderFactory<?> console = (ConsoleAppenderFactory<?>)
                ((DefaultLoggingFactory) configuration.getLoggingFactory()).getAppenders().get(0);
        assertThat(console.getLayout()).isInstanceOf(EventJsonLayoutBaseFactory.class);
        assertThat(text.at("/logging/appenders/0/layout").isMissingNode()).isTrue();
        assertThatThrownBy(() -> new ConfigurationLayers(Map.of(ConfigurationLayers.LOG_FORMAT, "xml")).build(null))
                .hasMessage("CASEWORK_LOG_FORMAT must be text or json, not xml");
    }

    @Test
    void theAdminPortListensOnLoopbackUnlessASettingOpensIt() throws Exception {
        HttpConnectorFactory closed = adminConnector(configuration(Map.of()));
        HttpConnectorFactory open = adminConnector(configuration(Map.of("CASEWORK_ADMIN_BIND_HOST", "0.0.0.0")));

        assertThat(closed.getBindHost()).isEqualTo("127.0.0.1");
        assertThat(closed.getPort()).isEqualTo(8081);
        assertThat(open.getBindHost()).isEqualTo("0.0.0.0");
    }

    @Test
    void requestThreadsAreNotRenamedAfterTheRequestsAddressAndQueryString() throws Exception {
        CaseworkConfiguration defaults = configuration(Map.of());

        assertThat(((DefaultServerFactory) defaults.getServerFactory()).getEnableThreadNameFilter()).isFalse();
    }

    @Test
    void rateLimitsAreGenerousByDefaultAndSetByTheEnvironment() throws Exception {
        CaseworkConfiguration defaults = configuration(Map.of());
        CaseworkConfiguration set = configuration(Map.of("CASEWORK_RATE_LIMIT_WRITES_PER_SECOND", "5",
                "CASEWORK_RATE_LIMIT_WRITE_BURST", "10", "CASEWORK_RATE_LIMIT_READS_PER_SECOND", "0"));

        assertThat(defaults.rateLimits.limits()).isEqualTo(new RateLimits(50, 200, 200, 400));
        assertThat(set.rateLimits.limits()).isEqualTo(new RateLimits(5, 10, 0, 400));
    }

    private static HttpConnectorFactory adminConnector(CaseworkConfiguration configuration) {
        return (HttpConnectorFactory) ((DefaultServerFactory) configuration.getServerFactory()).getAdminConnectors().get(0);
    }

    /** The settings as the server reads them with no file and these environment variables. */
    private static CaseworkConfiguration configuration(Map<String, String> environment) throws IOException {
        return configuration(new ConfigurationLayers(environment).build(null));
    }

    private static CaseworkConfiguration configuration(JsonNode tree) throws IOException {
        return Jackson.newObjectMapper().treeToValue(tree, CaseworkConfiguration.class);
    }

    @Test
    void everyDocumentedVariableSetsAPath() throws IOException {
        Map<String, String> env = new java.util.HashMap<>();
        ConfigurationLayers.ENVIRONMENT.keySet().forEach(name -> env.put(name, "v-" + name));

        JsonNode tree = new ConfigurationLayers(env).build(null);

        ConfigurationLayers.ENVIRONMENT.forEach((name, path) -> assertThat(
                tree.at("/" + path.replace(".", "/").replace("[0]", "/0")).asText()).as(name).isEqualTo("v-" + name));
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() throws IOException {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "- just\n- a list\n");

        assertThatThrownBy(() -> new ConfigurationLayers(Map.of()).build(file))
                .hasMessageContaining("must hold a YAML mapping");
    }

    @Test
    void malformedYamlIsReportedWithItsPlace() throws IOException {
        Path file = dir.resolve("broken.yml");
        Files.writeString(file, "server:\n  applicationConnectors: [\n");

        assertThatThrownBy(() -> new ConfigurationLayers(Map.of()).build(file))
                .hasMessageStartingWith(file + " is not valid YAML at line 2")
                .hasMessageContaining("expected the node content");
    }
}
