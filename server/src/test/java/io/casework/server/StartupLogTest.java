package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.access.jetty.RequestLogImpl;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.util.StatusPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What the server writes as it starts: what a person needs, not the noise of the libraries beneath it. */
class StartupLogTest {
    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Map<Logger, Level> levelsBefore = new HashMap<>();

    @TempDir
    Path dataDir;

    /** Every line of INFO and above, with the default configuration's logger levels. */
    @BeforeEach
    void captureTheLogAsTheDefaultsSetIt() throws Exception {
        JsonNode loggers = new ConfigurationLayers(Map.of()).build(null).at("/logging/loggers");
        setLevel(logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME), Level.INFO);
        loggers.fields().forEachRemaining(entry ->
                setLevel(logging.getLogger(entry.getKey()), Level.toLevel(entry.getValue().asText())));
        log.setContext(logging);
        log.start();
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(log);
    }

    private void setLevel(Logger logger, Level level) {
        levelsBefore.put(logger, logger.getLevel());
        logger.setLevel(level);
    }

    @AfterEach
    void restoreTheLog() {
        logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(log);
        levelsBefore.forEach(Logger::setLevel);
    }

    @Test
    void theEmbeddedDatabaseSaysWhereItIsAndNothingOfInitdbOrItsServerLog() {
        try (EmbeddedDatabase database = EmbeddedDatabase.startOrAttach(dataDir)) {
            assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:");
        }

        List<String> lines = lines();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("embedded PostgreSQL started dataDir="));
        assertThat(String.join("\n", lines)).doesNotContain("pg_ctl", "initdb", "Success.", "LOG:", "\u001b[");
        assertThat(log.list).noneMatch(event -> event.getLoggerName().startsWith("io.zonky")
                && event.getLevel().isGreaterOrEqual(Level.INFO) && !event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void theRequestLogPrintsNoVersionWarningsAndStillReportsARealProblem() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOutput = System.out;
        RequestLogImpl requestLog;
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        StatusPrinter.setPrintStream(capture);
        try {
            requestLog = (RequestLogImpl) new QuietRequestLogFactory(new LogbackAccessRequestLogFactory())
                    .build("casework");
            requestLog.start();
            requestLog.getStatusManager().add(new ErrorStatus("the access log file cannot be written", requestLog));
            requestLog.stop();
        } finally {
            System.setOut(standardOutput);
            StatusPrinter.setPrintStream(standardOutput);
        }

        // logback's status lines ("13:22:14,552 |-WARN in LogbackAccessRequestLog - …") are what was printed
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("|-", "Versions of", "Expected version");
        assertThat(lines()).containsExactly("request log: the access log file cannot be written");
    }

    private List<String> lines() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
