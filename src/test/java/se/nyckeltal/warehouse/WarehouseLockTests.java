package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.failure.UserError;

/** The writer lock between real processes: the operating system's lock is per process. */
class WarehouseLockTests {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsToldWhoHoldsTheLockAndTakesOverWhenTheHolderIsKilled() throws Exception {
        Path warehouse = dir.resolve("warehouse.duckdb");
        Process holder = startHolder(warehouse, 60_000);
        try {
            assertThatThrownBy(() -> WarehouseLock.acquire(warehouse, "indicators", Duration.ZERO))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("pid " + holder.pid())
                    .hasMessageContaining("command load")
                    .hasMessageContaining("--wait");
        } finally {
            holder.destroyForcibly().waitFor(); // SIGKILL: no chance to clean up
        }
        try (WarehouseLock lock = WarehouseLock.acquire(warehouse, "load", Duration.ZERO)) {
            assertThat(java.nio.file.Files.readString(WarehouseLock.lockFileOf(warehouse)))
                    .contains("pid " + ProcessHandle.current().pid());
        }
    }

    @Test
    void waitingOutlastsAShortHolder() throws Exception {
        Path warehouse = dir.resolve("warehouse.duckdb");
        Process holder = startHolder(warehouse, 1_500);
        try {
            assertThatThrownBy(() -> WarehouseLock.acquire(warehouse, "load", Duration.ZERO))
                    .isInstanceOf(UserError.class);
            try (WarehouseLock lock = WarehouseLock.acquire(warehouse, "load", Duration.ofSeconds(60))) {
                // the holder let go after its 1.5 s and ended normally
                assertThat(holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS))
                        .isTrue();
                assertThat(holder.exitValue()).isZero();
            }
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    private static Process startHolder(Path warehouse, long millis) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        warehouse.toString(),
                        String.valueOf(millis))
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        assertThat(out.readLine()).isEqualTo("locked");
        return process;
    }
}
