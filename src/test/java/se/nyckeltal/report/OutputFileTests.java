package se.nyckeltal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files are written beside their name and moved into place, never through a link planted there. */
class OutputFileTests {

    @TempDir
    Path dir;

    @Test
    void linksAtTheFileOrAtATemporaryNameAreNotFollowed() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "not yours");
        Path output = Files.createDirectories(dir.resolve("output"));
        Path target = output.resolve("indicator_values.csv");
        Files.createSymbolicLink(target, victim);
        // the fixed temporary name of earlier versions, and one shaped like a killed run's
        Files.createSymbolicLink(output.resolve("indicator_values.csv.part"), victim);
        Files.createSymbolicLink(output.resolve("indicator_values.csv.1234.part"), victim);

        OutputFile.write(target, out -> out.write("a;b\n"));

        assertThat(Files.readString(victim)).isEqualTo("not yours");
        assertThat(Files.isSymbolicLink(target)).isFalse();
        assertThat(Files.readString(target)).isEqualTo("a;b\n");
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("indicator_values.csv");
        }
    }
}
