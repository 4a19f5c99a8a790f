package se.nyckeltal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.failure.UserError;

class InputDiscoveryTests {

    @Test
    void findsCsvFilesOfKnownExtractsInCodePointOrderAndWarnsAboutTheRest(@TempDir Path input) throws Exception {
        write(input, "units/units.csv");
        write(input, "invoices/2017-02.CSV");
        write(input, "invoices/2017-01.csv");
        write(input, "invoices/Ärende.csv"); // Ä (U+00C4) sorts after every ASCII letter
        write(input, "invoices/readme.txt");
        write(input, "contacts/sub/2017-01.csv");
        write(input, "salaries/2017-01.csv");
        write(input, "stray.csv");

        InputDiscovery.Result result = new InputDiscovery().discover(input);

        assertThat(result.files())
                .extracting(DiscoveredFile::relativeName)
                .containsExactly(
                        "invoices/2017-01.csv", "invoices/2017-02.CSV", "invoices/Ärende.csv", "units/units.csv");
        assertThat(result.warnings())
                .hasSize(4)
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
                .isInstanceOf(UserError.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void linksAreFollowedOnlyInsideTheInputFolder(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input");
        write(input, "units/units.csv");
        write(input, "archive/2017-01.csv");
        Path secret = dir.resolve("secret.csv");
        Files.writeString(secret, "employee_ref;salary\n19121212-1212;45000\n");
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(input.resolve("units/inside.csv"), input.resolve("archive/2017-01.csv"));
        Files.createSymbolicLink(input.resolve("units/relative.csv"), Path.of("../archive/2017-01.csv"));
        Files.createSymbolicLink(input.resolve("units/outside.csv"), secret);
        Files.createSymbolicLink(input.resolve("units/escapes.csv"), Path.of("../../secret.csv"));
        Files.createSymbolicLink(input.resolve("units/missing-outside.csv"), dir.resolve("gone.csv"));
        Files.createSymbolicLink(input.resolve("units/missing-inside.csv"), input.resolve("units/gone.csv"));
        Files.createSymbolicLink(input.resolve("staffing"), dir.resolve("elsewhere"));

        InputDiscovery.Result result = new InputDiscovery().discover(input);

        assertThat(result.files())
                .extracting(DiscoveredFile::relativeName)
                .containsExactly(
                        "units/inside.csv", "units/missing-inside.csv", "units/relative.csv", "units/units.csv");
        assertThat(result.warnings())
                .contains(
                        "Ignored units/escapes.csv: a link to a file outside the input folder is not followed "
                                + "(copy the delivery itself into the input folder)",
                        "Ignored units/missing-outside.csv: a link to a file outside the input folder is not followed "
                                + "(copy the delivery itself into the input folder)",
                        "Ignored units/outside.csv: a link to a file outside the input folder is not followed "
                                + "(copy the delivery itself into the input folder)")
                .anySatisfy(w -> assertThat(w).startsWith("Ignored folder staffing/: a link to a folder outside"));
        // the warnings name the links, never where they lead or what is there
        assertThat(String.join("\n", result.warnings())).doesNotContain("secret", "elsewhere", "1212", "salary");
    }

    @Test
    void namesAreShownWithIdentityNumbersMaskedAndControlCharactersEscaped(@TempDir Path input) throws Exception {
        write(input, "sick_leave/intyg-19121212-1212.csv");
        write(input, "sick_leave/intyg 121212\u20131212.csv");
        write(input, "units/a\u001b[31mred\nline\u202Etxt.csv");
        write(input, "units/tab\there.txt");

        InputDiscovery.Result result = new InputDiscovery().discover(input);

        assertThat(result.files())
                .extracting(DiscoveredFile::displayName)
                .containsExactly(
                        "sick_leave/intyg ***.csv",
                        "sick_leave/intyg-***.csv",
                        "units/a\\u001b[31mred\\nline\\u202etxt.csv");
        assertThat(result.warnings()).containsExactly("Ignored units/tab\\there.txt: not a .csv file");
    }

    @Test
    void aMaskedNameLeadsBackToItsFileByChecksum(@TempDir Path input) throws Exception {
        Files.createDirectories(input.resolve("sick_leave"));
        Files.writeString(input.resolve("sick_leave/intyg-19121212-1212.csv"), "a");
        Files.writeString(input.resolve("sick_leave/intyg-121212-1212.csv"), "b");
        Files.writeString(input.resolve("sick_leave/plain.csv"), "c");

        String checksumOfB = FileChecksum.sha256(input.resolve("sick_leave/intyg-121212-1212.csv"));
        assertThat(DeliveryPaths.locate(input, "sick_leave/intyg-***.csv", () -> checksumOfB))
                .isEqualTo(input.resolve("sick_leave/intyg-121212-1212.csv"));
        assertThat(DeliveryPaths.locate(input, "sick_leave/plain.csv", () -> {
                    throw new AssertionError("a plain name needs no checksum");
                }))
                .isEqualTo(input.resolve("sick_leave/plain.csv"));
    }

    private static void write(Path input, String relative) throws Exception {
        Path file = input.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x\n");
    }
}
