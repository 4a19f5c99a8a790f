package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.nyckeltal.cli.UserError;

class InputDiscoveryTests {

    @Test
    void findsCsvFilesOfKnownExtractsInCodePointOrderAndWarnsAboutTheRest(@TempDir Path input) throws Exception {
        write(input, "units/units.csv");
        write(input, "invoices/2017-02.CSV");
        write(input, "invoices/2017-01.csv");
        write(input, "invoices/Ärende.csv");     // Ä (U+00C4) sorts after every ASCII letter
        write(input, "invoices/readme.txt");
        write(input, "contacts/sub/2017-01.csv");
        write(input, "salaries/2017-01.csv");
        write(input, "stray.csv");

        InputDiscovery.Result result = new InputDiscovery().discover(input);

        assertThat(result.files()).extracting(DiscoveredFile::relativeName).containsExactly(
                "invoices/2017-01.csv", "invoices/2017-02.CSV", "invoices/Ärende.csv", "units/units.csv");
        assertThat(result.warnings()).hasSize(4)
                .anySatisfy(w -> assertThat(w).contains("invoices/readme.txt"))
                .anySatisfy(w -> assertThat(w).contains("contacts/sub"))
                .anySatisfy(w -> assertThat(w).contains("salaries"))
                .anySatisfy(w -> assertThat(w).contains("stray.csv"));
    }

    @Test
    void ordersByCodePointNotByUtf16Unit() {
        // U+FF21 (fullwidth A) is one UTF-16 unit above the surrogates that encode U+1F600;
        // by code point U+FF21 < U+1F600, by UTF-16 unit it is the other way round.
        String fullwidth = "x\uFF21";
        String emoji = "x\uD83D\uDE00";
        assertThat(fullwidth.compareTo(emoji)).isPositive();
        assertThat(List.of(emoji, fullwidth).stream().sorted(InputDiscovery.BY_CODE_POINT))
                .containsExactly(fullwidth, emoji);
        assertThat(InputDiscovery.BY_CODE_POINT.compare("a/b", "a/bc")).isNegative();
        Comparator<String> order = InputDiscovery.BY_CODE_POINT;
        assertThat(order.compare("invoices/x", "contacts/x")).isPositive();
    }

    @Test
    void aMissingInputFolderIsAUserError(@TempDir Path dir) {
        assertThatThrownBy(() -> new InputDiscovery().discover(dir.resolve("nope")))
                .isInstanceOf(UserError.class).hasMessageContaining("does not exist");
    }

    private static void write(Path input, String relative) throws Exception {
        Path file = input.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x\n");
    }
}
