package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PendingFilePartitionerTests {

    @Test
    void theFileOfAPartitionIsReadFromItsStepName() {
        assertThat(PendingFilePartitioner.fileIdOf("ingestFile:file-33")).isEqualTo(33L);
        assertThat(PendingFilePartitioner.fileIdOf("ingestFile:file-9000000000")).isEqualTo(9_000_000_000L);
        assertThatThrownBy(() -> PendingFilePartitioner.fileIdOf("merge")).isInstanceOf(IllegalStateException.class);
    }
}
