package se.nyckeltal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code --help} and {@code --version} on the top level and on every command, through the real
 * command line: exit 0, the command's own usage on standard output, nothing on standard error,
 * and no warehouse opened or created.
 */
class CommandHelpTests {

    private static final String[] COMMANDS = {
        "load", "indicators", "report", "history", "status", "schedule", "export", "explain", "generate", "retract"
    };

    static String[] commands() {
        return COMMANDS;
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void everyCommandIsCoveredHere() {
        assertThat(NyckeltalCli.commandLine().getSubcommands().keySet())
                .containsExactlyInAnyOrder(append(COMMANDS, "help"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpPrintsTheCommandsUsage(String command) {
        int status = run(command, "--help");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .startsWith("Usage: nyckeltal " + command + " ")
                .contains("-h, --help", "-V, --version", "Example");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void shortHelpAndHelpCommandPrintTheSameUsage(String command) {
        run(command, "--help");
        String usage = out.toString();
        out.getBuffer().setLength(0);

        assertThat(run(command, "-h")).isZero();
        assertThat(out.toString()).isEqualTo(usage);
        out.getBuffer().setLength(0);

        assertThat(run("help", command)).isZero();
        assertThat(out.toString()).isEqualTo(usage);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void versionPrintsTheSameVersionAsTheTopLevel(String command) {
        assertThat(run("--version")).isZero();
        String version = out.toString();
        out.getBuffer().setLength(0);

        int status = run(command, "--version");

        assertThat(status).as(err.toString()).isZero();
        assertThat(version).startsWith("nyckeltal ");
        assertThat(out.toString()).isEqualTo(version);
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"load", "indicators", "report", "history", "status", "schedule", "export", "explain", "retract"})
    void helpAndVersionOpenNoWarehouse(String command, @TempDir Path dir) {
        Path warehouse = dir.resolve("warehouse.duckdb");

        assertThat(run(command, "--warehouse", warehouse.toString(), "--help")).isZero();
        assertThat(run(command, "--warehouse", warehouse.toString(), "--version"))
                .isZero();

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).startsWith("Usage: nyckeltal ").contains(COMMANDS);
    }

    @Test
    void anUnknownOptionIsStillAUsageError() {
        int status = run("load", "--hlep");

        assertThat(status).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--hlep'").contains("Usage: nyckeltal load");
    }

    private int run(String... args) {
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String[] append(String[] names, String name) {
        String[] all = java.util.Arrays.copyOf(names, names.length + 1);
        all[names.length] = name;
        return all;
    }
}
