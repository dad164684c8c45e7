package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.casework.adapters.persistence.TestDatabase;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
