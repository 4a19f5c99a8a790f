package se.nyckeltal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.support.TestWarehouse;

/** The {@code export} command through the real command line, registered as NyckeltalCli will register it. */
class ExportCommandTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void exportsTheWarehouseGivenOnTheCommandLine() {
        Path file;
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            ExportTestData.insert(warehouse.dsl());
            file = warehouse.file();
        }
        Path output = dir.resolve("parquet");

        int status =
                run("export", "--format", "parquet", "--output", output.toString(), "--warehouse", file.toString());

        assertThat(status).as(err.toString()).isZero();
        // 4 invoices in ExportTestData, partitioned; 22 catalogue rows in one file
        assertThat(out.toString())
                .contains(output.toAbsolutePath().resolve("core/invoices") + "  (4 rows, by year, month)")
                .contains(output.toAbsolutePath().resolve("report/indicator") + "  (22 rows)");
        try (TestWarehouse reader = TestWarehouse.open(dir.resolve("reader.duckdb"))) {
            assertThat(reader.dsl()
                            .fetchValue("SELECT count(*) FROM read_parquet('" + output
                                    + "/core/invoices/**/*.parquet', hive_partitioning = true) WHERE year = 2017"))
                    .hasToString("3"); // F-1 twice (CUSTOMER, SUPPLIER) and F-2
        }
    }

    @Test
    void exportsKoladaFilesWithTheGivenPrefixAndMunicipality() throws IOException {
        Path file = warehouseWithOpenData();
        Path output = dir.resolve("kolada");

        int status = run(
                "export",
                "--format",
                "kolada",
                "--id-prefix",
                "SSC_",
                "--municipality",
                "0180",
                "--output",
                output.toString(),
                "--warehouse",
                file.toString());

        assertThat(status).as(err.toString()).isZero();
        // OpenDataTestData: 6 KPI-unit-years with 8 gender values; 3 units
        assertThat(out.toString())
                .contains(output.toAbsolutePath().resolve("oudata.json") + "  (6 KPI, unit and year values)")
                .contains(output.toAbsolutePath().resolve("oudata.csv") + "  (8 gender values)")
                .contains(output.toAbsolutePath().resolve("ou.csv") + "  (3 organisational units)");
        assertThat(Files.readString(output.resolve("ou.csv"))).contains("SSC_UNIT_KC-1;0180;Enhet KC-1");
    }

    @Test
    void exportsOneJsonStatDataset() throws IOException {
        Path file = warehouseWithOpenData();
        Path output = dir.resolve("json-stat");

        int status =
                run("export", "--format", "json-stat", "--output", output.toString(), "--warehouse", file.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains(output.toAbsolutePath().resolve("indicator_values.json") + "  (10 indicator values)");
        assertThat(Files.readString(output.resolve("indicator_values.json"))).contains("\"class\":\"dataset\"");
    }

    @Test
    void aKoladaLikePrefixIsAUsageError() {
        int status = run(
                "export",
                "--format",
                "kolada",
                "--id-prefix",
                "N0",
                "--output",
                dir.resolve("x").toString());

        assertThat(status).isEqualTo(64);
        assertThat(err.toString()).contains("could make ids like Kolada's own");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aMunicipalityThatIsNotKoladasIdIsAUsageError() {
        int status = run(
                "export",
                "--format",
                "kolada",
                "--municipality",
                "Stockholm",
                "--output",
                dir.resolve("x").toString());

        assertThat(status).isEqualTo(64);
        assertThat(err.toString()).contains("four-digit municipality id");
    }

    @Test
    void koladaOptionsWithAnotherFormatAreAUsageError() {
        int status = run(
                "export",
                "--format",
                "json-stat",
                "--municipality",
                "0180",
                "--output",
                dir.resolve("x").toString());

        assertThat(status).isEqualTo(64);
        assertThat(err.toString()).contains("--municipality applies to --format kolada only");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        int status =
                run("export", "--format", "csv", "--output", dir.resolve("x").toString());

        assertThat(status).isEqualTo(64);
        assertThat(err.toString()).contains("Unknown --format 'csv'");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aMissingWarehouseIsReportedNotCreated() {
        Path missing = dir.resolve("no-such/warehouse.duckdb");

        int status = run(
                "export",
                "--warehouse",
                missing.toString(),
                "--output",
                dir.resolve("x").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("No warehouse at " + missing.toAbsolutePath());
        assertThat(missing).doesNotExist();
    }

    private Path warehouseWithOpenData() {
        try (TestWarehouse warehouse = TestWarehouse.create(dir)) {
            OpenDataTestData.insert(warehouse.dsl());
            return warehouse.file();
        }
    }

    private int run(String... args) {
        CommandLine commandLine = NyckeltalCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
