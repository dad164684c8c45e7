package io.casework.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a killed server leaves in the embedded database's directory, so the next start is not blocked:
 * a postmaster still running with nobody to stop it, or a {@code postmaster.pid} naming a process that is gone
 * or a zombie (PostgreSQL would refuse to start while that pid exists). Only when no other process holds the
 * directory's lock, that is, when no server is running on it.
 */
final class OrphanedPostgres {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {
    }

    static void clear(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || heldByAnotherProcess(pgDir.resolve("epg-lock"))) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (RuntimeException e) {
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(OrphanedPostgres::isRunningPostgres);
        if (process.isPresent()) {
            LOG.warn("stopping the embedded PostgreSQL a killed server left running pid={} dataDir={}", pid, pgDir);
            stop(process.get());
        }
        if (ProcessHandle.of(pid).filter(OrphanedPostgres::isRunningPostgres).isEmpty()) {
            Files.deleteIfExists(pidFile);
        }
    }

    private static boolean heldByAnotherProcess(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        }
    }

    /** Alive, not a zombie, and a postgres binary (a pid can be reused by anything after a reboot). */
    private static boolean isRunningPostgres(ProcessHandle process) {
        if (!process.isAlive() || isZombie(process.pid())) {
            return false;
        }
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
