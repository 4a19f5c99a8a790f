package se.nyckeltal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

class ParquetExportTests {

    @TempDir
    Path dir;

    private TestWarehouse warehouse;
    private DSLContext dsl;
    private Path out;

    @BeforeEach
    void warehouseWithAFewRowsEverywhere() {
        warehouse = TestWarehouse.create(dir);
        dsl = warehouse.dsl();
        ExportTestData.insert(dsl);
        out = dir.resolve("export");
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void writesTheAnalystTablesAndNothingPerEmployeeOrInternal() throws IOException {
        List<ExportedTable> tables = new Exporter(dsl).exportParquet(out);

        // rows inserted by ExportTestData; report.indicator holds the 22 indicators of V003
        Map<String, Long> rows =
                tables.stream().collect(Collectors.toMap(ExportedTable::qualifiedName, ExportedTable::rows));
        assertThat(rows)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("report.indicator", 22L),
                        Map.entry("report.indicator_values", 3L),
                        Map.entry("report.indicator_table", 1L),
                        Map.entry("report.rejected_rows", 1L),
                        Map.entry("report.load_runs", 1L),
                        Map.entry("report.data_quality", 0L),
                        // ExportTestData writes no meta.load_file and no HR facts
                        Map.entry("report.deliveries", 0L),
                        Map.entry("report.hr_delivery_months", 0L),
                        Map.entry("core.units", 2L),
                        Map.entry("core.invoices", 4L),
                        Map.entry("core.payslips", 2L),
                        Map.entry("core.contacts", 3L),
                        Map.entry("core.targets", 1L)));
        // staffing and sick leave are per employee: they stay in the loader's file
        assertThat(childNames(out.resolve("core"))).doesNotContain("staffing", "sick_leave");
        assertThat(childNames(out)).containsExactlyInAnyOrder("report", "core");
        assertThat(tables)
                .allSatisfy(table -> assertThat(table.folder())
                        .isEqualTo(out.toAbsolutePath().resolve(table.schema()).resolve(table.table())));
    }

    @Test
    void everyTableReadsBackRowForRowWithHivePartitioning() {
        List<ExportedTable> tables = new Exporter(dsl).exportParquet(out);

        for (ExportedTable table : tables) {
            assertReadsBackUnchanged(table);
        }
    }

    @Test
    void theRowForRowComparisonNoticesOneChangedValue() {
        ExportedTable invoices = new Exporter(dsl)
                .exportParquet(out).stream()
                        .filter(table -> table.qualifiedName().equals("core.invoices"))
                        .findFirst()
                        .orElseThrow();
        dsl.execute("UPDATE core.invoices SET amount_sek = -99.9998 WHERE invoice_id = 'F-2'");

        assertThatThrownBy(() -> assertReadsBackUnchanged(invoices))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("core.invoices");
    }

    @Test
    void factsArePartitionedByYearAndMonthOfTheirDate() throws IOException {
        new Exporter(dsl).exportParquet(out);

        // invoices: 2017-03-01 and 2017-03-31 → month 3; 2017-04-15 → 4; 2018-01-02 → 2018/1
        assertThat(partitionFolders(out.resolve("core/invoices")))
                .containsExactlyInAnyOrder("year=2017/month=3", "year=2017/month=4", "year=2018/month=1");
        assertThat(dsl.fetch("SELECT year, month, count(*) FROM read_parquet('" + out
                                + "/core/invoices/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY ALL")
                        .map(r -> r.get(0, Long.class) + "-" + r.get(1, Long.class) + ":" + r.get(2, Long.class)))
                .containsExactly("2017-3:2", "2017-4:1", "2018-1:1");
        // contacts: 23:59:59 on 31 March is still March, midnight on 1 April is April
        assertThat(partitionFolders(out.resolve("core/contacts")))
                .containsExactlyInAnyOrder("year=2017/month=3", "year=2017/month=4");
        assertThat(partitionFolders(out.resolve("core/payslips")))
                .containsExactlyInAnyOrder("year=2017/month=3", "year=2017/month=12");
    }

    @Test
    void indicatorValuesArePartitionedByPeriodTypeAndSmallTablesAreOneFile() throws IOException {
        new Exporter(dsl).exportParquet(out);

        assertThat(childNames(out.resolve("report/indicator_values")))
                .containsExactlyInAnyOrder("period_type=MONTH", "period_type=YEAR", "period_type=R12");
        for (String table : List.of(
                "report/indicator",
                "report/indicator_table",
                "report/rejected_rows",
                "report/load_runs",
                "report/data_quality",
                "core/units",
                "core/targets")) {
            assertThat(childNames(out.resolve(table))).as(table).containsExactly("data_0.parquet");
        }
    }

    @Test
    void partitionColumnsLiveInTheFolderNamesOnly() throws IOException {
        new Exporter(dsl).exportParquet(out);

        // Spark refuses a column that is both in the files and in the folder names
        assertThat(columnsOfFile(onlyFile(out.resolve("core/invoices/year=2018/month=1"))))
                .doesNotContain("year", "month")
                .contains("registered_date", "invoice_id");
        assertThat(columnsOfFile(onlyFile(out.resolve("report/indicator_values/period_type=R12"))))
                .doesNotContain("period_type")
                .contains("period", "value");
    }

    @Test
    void anEmptyTableIsOneEmptyFileWithItsColumns() {
        dsl.execute("DELETE FROM core.payslips");

        new Exporter(dsl).exportParquet(out);

        assertThat(columnsOfFile(out.resolve("report/data_quality/data_0.parquet")))
                .containsExactly("check_name", "description", "failing_count", "status", "checked_at");
        // an empty fact carries the partition columns a partitioned read would add
        assertThat(columnsOfFile(out.resolve("core/payslips/data_0.parquet")))
                .containsExactly(
                        "payslip_id",
                        "pay_date",
                        "unit_code",
                        "employer_org",
                        "source",
                        "file_id",
                        "line_number",
                        "year",
                        "month");
        assertThat(count("SELECT * FROM read_parquet('" + out
                        + "/report/data_quality/**/*.parquet', hive_partitioning = true)"))
                .isZero();
    }

    @Test
    void aSecondExportReplacesTheFirst() throws IOException {
        new Exporter(dsl).exportParquet(out);
        dsl.execute("DELETE FROM core.invoices WHERE invoice_id = 'F-3'");
        dsl.execute("DELETE FROM report.indicator_values WHERE period_type = 'R12'");

        List<ExportedTable> tables = new Exporter(dsl).exportParquet(out);

        // the only 2018 invoice and the only R12 value are gone: so are their folders
        assertThat(partitionFolders(out.resolve("core/invoices")))
                .containsExactlyInAnyOrder("year=2017/month=3", "year=2017/month=4");
        assertThat(childNames(out.resolve("report/indicator_values")))
                .containsExactlyInAnyOrder("period_type=MONTH", "period_type=YEAR");
        tables.forEach(this::assertReadsBackUnchanged);
    }

    @Test
    void refusesToExportAColumnNamedLikeAPersonalReference() {
        dsl.execute("ALTER TABLE core.invoices ADD COLUMN employee_ref VARCHAR");
        dsl.execute("ALTER TABLE core.contacts ADD COLUMN agent_pseudonym VARCHAR");

        assertThatThrownBy(() -> new Exporter(dsl).exportParquet(out))
                .hasMessageContaining("core.invoices.employee_ref")
                .hasMessageContaining("core.contacts.agent_pseudonym")
                .hasMessageContaining("Refusing to export");
        assertThat(out).doesNotExist();
    }

    @Test
    void rejectedRowsOfTheHrExtractsAreExportedWithoutTheirRawLine() {
        dsl.execute("""
                INSERT INTO report.rejected_rows VALUES
                  (1, 'staffing', 'staffing/2017-03.csv', 4, 'fte', 'not a decimal number', '***;2017-03;KC-1;K;1961;100;x;160'),
                  (1, 'sick_leave', 'sick_leave/2017-03.csv', 9, NULL, 'spell_start after date', '***;2017-03-02;2017-03-05;8')""");

        new Exporter(dsl).exportParquet(out);

        // the invoice reject of ExportTestData keeps its line; the two HR rejects lose theirs
        assertThat(dsl.fetch("SELECT extract || ' ' || coalesce(raw_line, 'NULL') FROM read_parquet('" + out
                                + "/report/rejected_rows/*.parquet') ORDER BY extract")
                        .map(row -> row.get(0, String.class)))
                .containsExactly("invoices F-9;CUSTOMER;x", "sick_leave NULL", "staffing NULL");
    }

    /** A link planted where a schema's or a table's folder belongs is replaced, not written through. */
    @Test
    void linksAtTheExportTargetsAreReplacedNotFollowed() throws IOException {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("keep.txt"), "keep");
        Files.createDirectories(out.resolve("report"));
        Files.createSymbolicLink(out.resolve("core"), victim);
        Files.createSymbolicLink(out.resolve("report/indicator"), victim);

        new Exporter(dsl).exportParquet(out);

        assertThat(childNames(victim)).containsExactly("keep.txt");
        assertThat(Files.readString(victim.resolve("keep.txt"))).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(out.resolve("core"))).isFalse();
        assertThat(Files.isSymbolicLink(out.resolve("report/indicator"))).isFalse();
        assertThat(childNames(out.resolve("report/indicator"))).containsExactly("data_0.parquet");
    }

    /** Counts equal and no row in one that is not in the other, duplicates included (EXCEPT ALL). */
    private void assertReadsBackUnchanged(ExportedTable table) {
        String columns = String.join(
                ", ",
                dsl.fetchValues("""
                SELECT '"' || column_name || '"' FROM duckdb_columns()
                WHERE schema_name = ? AND table_name = ? ORDER BY column_index""", table.schema(), table.table()).stream()
                        .map(String::valueOf)
                        .toList());
        String exported = "SELECT " + columns + " FROM read_parquet('" + table.folder()
                + "/**/*.parquet', hive_partitioning = true)";
        String stored = "SELECT " + columns + " FROM " + table.qualifiedName();

        assertThat(count(exported))
                .as(table.qualifiedName() + " row count")
                .isEqualTo(table.rows())
                .isEqualTo(count(stored));
        assertThat(dsl.fetch(exported + " EXCEPT ALL " + stored))
                .as(table.qualifiedName() + ": exported, not stored")
                .isEmpty();
        assertThat(dsl.fetch(stored + " EXCEPT ALL " + exported))
                .as(table.qualifiedName() + ": stored, not exported")
                .isEmpty();
    }

    private long count(String query) {
        return ((Number) dsl.fetchValue("SELECT count(*) FROM (" + query + ")")).longValue();
    }

    private List<String> columnsOfFile(Path file) {
        return dsl
                .fetchValues("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('" + file
                        + "', hive_partitioning = false))")
                .stream()
                .map(String::valueOf)
                .toList();
    }

    /** The leaf folders under a table folder, relative to it, e.g. {@code year=2017/month=3}. */
    private static List<String> partitionFolders(Path tableFolder) throws IOException {
        try (Stream<Path> files = Files.walk(tableFolder)) {
            return files.filter(path -> path.toString().endsWith(".parquet"))
                    .map(path ->
                            tableFolder.relativize(path.getParent()).toString().replace('\\', '/'))
                    .distinct()
                    .toList();
        }
    }

    private static List<String> childNames(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(path -> path.getFileName().toString()).toList();
        }
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> files = children.toList();
            assertThat(files).hasSize(1);
            return files.get(0);
        }
    }
}
