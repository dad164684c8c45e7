package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.adapters.notify.file.FileNotifier;
import io.casework.adapters.notify.template.EmailRenderer;
import io.casework.adapters.persistence.TestDatabase;
import io.casework.adapters.persistence.jdbi.PostgresPersistence;
import io.casework.application.port.in.UseCases;
import io.casework.domain.assignee.Role;
import io.casework.domain.assignee.StaffMember;
import io.casework.domain.assignee.StaffMemberId;
import io.casework.domain.organization.OrganizationId;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user types them, against a real database given in a config file. */
class CommandLineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createOrganizationPrintsOneJsonLineAndSetPlanChangesThePlan() throws Exception {
        Path config = configFor(TestDatabase.fresh());

        assertThat(run("create-organization", "--name", "Acme", "--plan", "startup_program", config.toString())).isEmpty();
        String line = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(line).matches("\\{\"organization_id\":\"org_[a-z0-9]+\",\"api_key\":\"key_[a-z0-9]+\\.[A-Za-z0-9_-]+\"}");

        String organizationId = line.substring(line.indexOf("org_"), line.indexOf("\",\"api_key"));
        out.reset();
        assertThat(run("set-plan", "--organization", organizationId, "--plan", "growth", config.toString())).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("{\"organization_id\":\"" + organizationId + "\",\"plan\":\"growth\"}");
    }

    @Test
    void createOrganizationWithAnAdminPrintsTheirSignInLinkAndSignInLinkPrintsAFreshOne() throws Exception {
        TestDatabase.Fresh database = TestDatabase.fresh();
        Path config = configFor(database);

        assertThat(run("create-organization", "--name", "Acme", "--plan", "growth", "--admin-email",
                "Root@Example.test", "--admin-name", "Rosa Root", config.toString())).isEmpty();
        JsonNode created = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).trim());
        assertThat(created.properties()).extracting(Map.Entry::getKey)
                .containsExactly("organization_id", "api_key", "sign_in_url");
        assertThat(created.get("sign_in_url").asText()).matches("http://localhost:8080/sign-in/[A-Za-z0-9_-]{43}");
        out.reset();
        assertThat(run("sign-in-link", "--email", "root@example.test", config.toString())).isEmpty();
        JsonNode fresh = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).trim());

        String organizationId = created.get("organization_id").asText();
        assertThat(fresh.get("organization_id").asText()).isEqualTo(organizationId);
        assertThat(fresh.get("sign_in_url").asText()).startsWith("http://localhost:8080/sign-in/")
                .isNotEqualTo(created.get("sign_in_url").asText());
        UseCases casework = new Wiring(new PostgresPersistence(database.dataSource()), new CaseworkConfiguration())
                .casework(new FileNotifier(dir.resolve("outbox"), new EmailRenderer(null, null)));
        StaffMember admin = casework.staffMembers().get(new OrganizationId(organizationId),
                new StaffMemberId(fresh.get("staff_member_id").asText()));
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.name()).isEqualTo("Rosa Root");
        for (JsonNode line : List.of(created, fresh)) {
            String url = line.get("sign_in_url").asText();
            assertThat(casework.sessions().signIn(url.substring(url.lastIndexOf('/') + 1))).isPresent();
        }
    }

    @Test
    void createApiKeyPrintsAWorkingKeyAndRevokeApiKeyRevokesIt() throws Exception {
        TestDatabase.Fresh database = TestDatabase.fresh();
        Path config = configFor(database);
        assertThat(run("create-organization", "--name", "Acme", "--plan", "growth", config.toString())).isEmpty();
        String organizationId = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).trim())
                .get("organization_id").asText();
        out.reset();

        assertThat(run("create-api-key", "--organization", organizationId, "--name", "Back office",
                config.toString())).isEmpty();
        JsonNode created = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).trim());
        assertThat(created.properties()).extracting(Map.Entry::getKey).containsExactly("id", "name", "api_key");
        UseCases casework = new Wiring(new PostgresPersistence(database.dataSource()), new CaseworkConfiguration())
                .casework(new FileNotifier(dir.resolve("outbox"), new EmailRenderer(null, null)));
        assertThat(casework.authenticate().authenticate(created.get("api_key").asText())).isPresent();
        out.reset();

        assertThat(run("revoke-api-key", "--id", created.get("id").asText(), config.toString())).isEmpty();

        JsonNode revoked = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).trim());
        assertThat(revoked.get("organization_id").asText()).isEqualTo(organizationId);
        assertThat(revoked.get("revoked_at").asText()).isNotEmpty();
        assertThat(casework.authenticate().authenticate(created.get("api_key").asText())).isEmpty();
    }

    @Test
    void createApiKeyFailsForAnUnknownOrganizationAndRevokeForAnUnknownKey() throws Exception {
        Path config = configFor(TestDatabase.fresh());

        assertThat(run("create-api-key", "--organization", "org_nothere", "--name", "X", config.toString())).isPresent();
        assertThat(run("revoke-api-key", "--id", "key_nothere", config.toString())).isPresent();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).trim().lines().toList()).containsExactly(
                "casework create-api-key: organization org_nothere was not found",
                "casework revoke-api-key: API key key_nothere was not found");
    }

    @Test
    void signInLinkFailsForAnAddressWithNoActiveMember() throws Exception {
        Path config = configFor(TestDatabase.fresh());

        assertThat(run("sign-in-link", "--email", "nobody@example.test", config.toString())).isPresent();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("casework sign-in-link: no active staff member has the email nobody@example.test");
    }

    @Test
    void anUnknownPlanIsRefusedByTheParser() throws Exception {
        assertThat(run("create-organization", "--name", "Acme", "--plan", "gold")).isPresent();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("gold");
    }

    @Test
    void anUnreachableDatabaseFailsWithOneLine() throws Exception {
        Path config = dir.resolve("unreachable.yml");
        Files.writeString(config, "database:\n  url: jdbc:postgresql://127.0.0.1:1/nothing\n  user: nobody\n");

        assertThat(run("create-organization", "--name", "Acme", "--plan", "growth", config.toString())).isPresent();

        String message = err.toString(StandardCharsets.UTF_8).trim();
        assertThat(message).doesNotContain("\n").startsWith("casework create-organization: cannot use the database");
    }

    @Test
    void dbMigrateMigratesAndAgainstAnUnreachableDatabaseFailsWithOneLine() throws Exception {
        assertThat(run("db", "migrate", configFor(TestDatabase.fresh()).toString())).isEmpty();

        Path unreachable = dir.resolve("unreachable.yml");
        Files.writeString(unreachable, "database:\n  url: jdbc:postgresql://127.0.0.1:1/nothing\n  user: nobody\n");
        assertThat(run("db", "migrate", unreachable.toString())).isPresent();

        String message = err.toString(StandardCharsets.UTF_8).trim();
        assertThat(message).doesNotContain("\n").startsWith("casework db: cannot use the database")
                .contains("Connection to 127.0.0.1:1 refused");
    }

    @Test
    void withOnlyAUrlTheUserIsTheOnesInTheUrlOrTheOperatingSystems() {
        CaseworkConfiguration.DatabaseSettings settings = new CaseworkConfiguration.DatabaseSettings();
        settings.url = "jdbc:postgresql://db.example.test/casework";
        assertThat(Database.user(settings)).isEqualTo(System.getProperty("user.name")).isNotEmpty();

        settings.url = "jdbc:postgresql://db.example.test/casework?ssl=true&user=app";
        assertThat(Database.user(settings)).as("the URL's user= applies").isNull();

        settings.user = "casework";
        assertThat(Database.user(settings)).isEqualTo("casework");
    }

    private Path configFor(TestDatabase.Fresh database) throws Exception {
        Path config = dir.resolve("casework.yml");
        Files.writeString(config, "database:\n  url: " + database.url() + "\n  user: " + database.user()
                + "\n  password: \"" + database.password() + "\"\nlogging:\n  level: WARN\n");
        return config;
    }

    private Optional<Throwable> run(String... args) throws Exception {
        CaseworkApplication application = new CaseworkApplication(new PrintStream(out, true, StandardCharsets.UTF_8));
        Bootstrap<CaseworkConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        return new Cli(new JarLocation(getClass()), bootstrap, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }
}
