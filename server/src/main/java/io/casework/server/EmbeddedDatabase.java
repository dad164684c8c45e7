package io.casework.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default database: a PostgreSQL whose data lives under {@code <data dir>/postgres}. The first process on a
 * data directory starts it and records its port; a command run beside that server finds the directory locked
 * and connects to the recorded port instead of starting a second one.
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String PORT_FILE = "postgres.port";

    private final EmbeddedPostgres owned;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres owned, int port) {
        this.owned = owned;
        this.port = port;
    }

    static EmbeddedDatabase startOrAttach(Path dataDir) {
        Path pgDir = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgDir);
            OrphanedPostgres.clear(pgDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    // zonky turns durability off for tests; a product database must survive a power cut
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "300")
                    // Database stops it: after the server's work at a server's stop, at exit for a command; zonky's
                    // own hook would stop it at once, while the server still stops (work_signal=lost and errors)
                    .setRegisterShutdownHook(false)
                    .start();
            Files.writeString(dataDir.resolve(PORT_FILE), Integer.toString(postgres.getPort()), StandardCharsets.UTF_8);
            LOG.info("embedded PostgreSQL started dataDir={} port={}", pgDir, postgres.getPort());
            return new EmbeddedDatabase(postgres, postgres.getPort());
        } catch (IOException | IllegalStateException e) {
            return attach(dataDir, e);
        }
    }

    private static EmbeddedDatabase attach(Path dataDir, Exception startFailure) {
        Path portFile = dataDir.resolve(PORT_FILE);
        if (!isLockedByAnother(startFailure) || !Files.exists(portFile)) {
            throw new IllegalStateException("could not start the embedded PostgreSQL in " + dataDir.resolve("postgres")
                    + ": " + startFailure.getMessage(), startFailure);
        }
        try {
            int port = Integer.parseInt(Files.readString(portFile, StandardCharsets.UTF_8).trim());
            try (Socket probe = new Socket("127.0.0.1", port)) {
                LOG.info("using the embedded PostgreSQL of the server running on this data directory port={}", port);
            }
            return new EmbeddedDatabase(null, port);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("the data directory " + dataDir + " is locked by another process, and its"
                    + " PostgreSQL does not answer: " + e.getMessage(), e);
        }
    }

    private static boolean isLockedByAnother(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("could not lock")) {
                return true;
            }
        }
        return false;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String user() {
        return "postgres";
    }

    @Override
    public synchronized void close() {
        if (owned == null) {
            return;
        }
        try {
            owned.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
