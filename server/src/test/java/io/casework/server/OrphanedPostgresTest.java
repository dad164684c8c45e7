package io.casework.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanedPostgresTest {
    @TempDir
    Path pgDir;

    @Test
    void aPidFileNamingAProcessThatIsGoneIsRemoved() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writePidFile(gone.pid());

        OrphanedPostgres.clear(pgDir);

        assertThat(pgDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPidReusedByAnotherProgramIsNotStoppedButTheStaleFileIsRemoved() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            writePidFile(other.pid());

            OrphanedPostgres.clear(pgDir);

            assertThat(other.isAlive()).isTrue();
            assertThat(pgDir.resolve("postmaster.pid")).doesNotExist();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aDirectoryWithoutPidFileIsLeftAlone() throws Exception {
        Files.writeString(pgDir.resolve("PG_VERSION"), "15\n");

        OrphanedPostgres.clear(pgDir);

        assertThat(pgDir.resolve("PG_VERSION")).exists();
    }

    private void writePidFile(long pid) throws IOException {
        Files.writeString(pgDir.resolve("postmaster.pid"), pid + "\n" + pgDir + "\n1700000000\n5432\n");
    }
}
