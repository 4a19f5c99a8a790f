package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadProgressTests {

    @Test
    void countsFilesRowsAndTheShareOfBytes() {
        LoadProgress progress = new LoadProgress();
        progress.beforeStep(null);
        progress.plan(4, 400);
        progress.rowsRead(1_000);
        progress.rowsRead(234);
        progress.fileDone(100);

        // 1 of 4 files, 100 of 400 bytes = 25 %, 1 000 + 234 rows
        assertThat(progress.line()).startsWith("1/4 files, 1,234 rows, ").contains(" 25 % of bytes, about ");
    }
}
