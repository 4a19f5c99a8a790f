package se.nyckeltal.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.TestWarehouse;

class WarehouseDocsTests {

    @TempDir
    Path dir;

    private TestWarehouse warehouse;
    private String committed;

    @BeforeEach
    void openWarehouseAndReadTheCommittedDocument() throws IOException {
        warehouse = TestWarehouse.create(dir);
        committed = Files.readString(WarehouseDocs.DOCUMENT, StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void committedDocumentMatchesTheMigratedSchema() throws IOException {
        String regenerated = new WarehouseDocs(warehouse.dsl()).regenerate(committed);
        if (Boolean.getBoolean(WarehouseDocs.REGENERATE_PROPERTY) && !regenerated.equals(committed)) {
            Files.writeString(WarehouseDocs.DOCUMENT, regenerated, StandardCharsets.UTF_8);
            committed = Files.readString(WarehouseDocs.DOCUMENT, StandardCharsets.UTF_8);
        }
        if (!regenerated.equals(committed)) {
            fail(WarehouseDocs.DOCUMENT + " does not match the schema of the migrations."
                    + " Regenerate it from the project root with:\n    " + WarehouseDocs.REGENERATE_COMMAND
                    + "\nand commit the result. Differences:\n" + firstDifference(committed, regenerated));
        }
    }

    @Test
    void documentsEveryTableOfThePublicSchemasAndNoInternalOne() {
        String document = new WarehouseDocs(warehouse.dsl()).regenerate(committed);

        // V001 creates 6 report tables and 7 core tables, in this order; V007 alters
        // report.indicator_values (DuckDB then lists it last) and adds core.hr_indicator_value;
        // V012 comments on report.load_runs' columns anew (which moves it last in the same way), and
        // V013 alters report.indicator_values again
        assertThat(headings(document))
                .containsExactly(
                        "report.indicator",
                        "report.indicator_table",
                        "report.rejected_rows",
                        "report.data_quality",
                        "report.load_runs",
                        "report.indicator_values",
                        "core.units",
                        "core.staffing",
                        "core.invoices",
                        "core.payslips",
                        "core.contacts",
                        "core.sick_leave",
                        "core.targets",
                        "core.hr_indicator_value");
    }

    @Test
    void listsColumnsWithTypeNullabilityAndComment() {
        String document = new WarehouseDocs(warehouse.dsl()).regenerate(committed);

        // report.indicator_values.value is DOUBLE without NOT NULL; suppressed is BOOLEAN NOT NULL (V001)
        assertThat(document).contains("| `value` | DOUBLE | numerator / denominator (times 100 for % indicators)");
        assertThat(document).contains("| `suppressed` | BOOLEAN NOT NULL | true when an HR value");
        assertThat(document).contains("| `amount_sek` | DECIMAL(18,4) | Amount, SEK. NULL if not given. |");
        assertThat(document).contains("\n### `core.staffing`\n\nStaffing: one row per employee and month");
    }

    @Test
    void aColumnAddedByALaterMigrationAppearsWithItsComment() {
        warehouse.dsl().execute("ALTER TABLE report.indicator_values ADD COLUMN population BIGINT");
        warehouse
                .dsl()
                .execute("COMMENT ON COLUMN report.indicator_values.population IS 'Distinct employees | HR only'");

        String document = new WarehouseDocs(warehouse.dsl()).regenerate(committed);

        // the pipe in the comment is escaped so that it does not split the cell
        assertThat(document).contains("| `population` | BIGINT | Distinct employees \\| HR only |");
        assertThat(document).isNotEqualTo(committed);
    }

    @Test
    void refusesATableOrColumnWithoutDescription() {
        warehouse.dsl().execute("ALTER TABLE core.invoices ADD COLUMN due_date DATE");
        warehouse.dsl().execute("CREATE TABLE report.unit_ranking (unit_code VARCHAR)");

        assertThatThrownBy(() -> new WarehouseDocs(warehouse.dsl()).regenerate(committed))
                .hasMessageContaining("table report.unit_ranking")
                .hasMessageContaining("column report.unit_ranking.unit_code");
        warehouse.dsl().execute("DROP TABLE report.unit_ranking");
        assertThatThrownBy(() -> new WarehouseDocs(warehouse.dsl()).regenerate(committed))
                .hasMessageContaining("column core.invoices.due_date")
                .hasMessageContaining("COMMENT ON");
    }

    @Test
    void listsEveryIndicatorOfTheCatalogueWithItsFormula() {
        String document = new WarehouseDocs(warehouse.dsl()).regenerate(committed);
        String indicators = region(document, "indicators");

        // V003 inserts 22 indicators: header, separator and one row each
        assertThat(indicators.lines().filter(line -> line.startsWith("|"))).hasSize(2 + 22);
        assertThat(indicators)
                .contains(
                        "| `HR_SICK_LEAVE_PCT` | Sjukfrånvaro | sick_hours / scheduled hours × 100 | % | T K M | lower | staffing |");
        assertThat(indicators)
                .contains(
                        "| `KC_CONTACT_COUNT` | Antal inkommande ärenden | count of contacts | st | T | none | contacts |");
        assertThat(indicators.indexOf("`EKO_CUST_INV_COUNT`"))
                .isLessThan(indicators.indexOf("`HR_SICK_LEAVE_AGE_50_PCT`"));
    }

    @Test
    void refusesAnIndicatorWithoutFormula() {
        warehouse.dsl().execute("""
                INSERT INTO report.indicator VALUES ('HR_OVERTIME_PCT', 'Övertid', '%', 'lower', true, 'staffing', 23)""");

        assertThatThrownBy(() -> new WarehouseDocs(warehouse.dsl()).regenerate(committed))
                .hasMessageContaining("HR_OVERTIME_PCT")
                .hasMessageContaining("IndicatorFormulas");
    }

    @Test
    void everySqlExampleOfTheDocumentRunsAgainstTheWarehouse() {
        List<String> examples = sqlBlocks(committed);

        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        for (String sql : examples) {
            try {
                warehouse.dsl().fetch(sql.strip().replaceAll(";$", ""));
            } catch (RuntimeException e) {
                fail("Example query of " + WarehouseDocs.DOCUMENT + " fails: " + e.getMessage() + "\n" + sql);
            }
        }
    }

    @Test
    void sendsReadersToThePublishedCopyBecauseALoadLocksItsFile() {
        assertThat(committed)
                .contains("Open the published copy, not the loader's file")
                .contains("read_only=True")
                .contains("duckdb.read_only")
                .contains("duckdb -readonly output/nyckeltal.duckdb");
    }

    private static List<String> headings(String document) {
        List<String> headings = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^### `([a-z_]+\\.[a-z_]+)`$").matcher(document);
        while (matcher.find()) {
            headings.add(matcher.group(1));
        }
        return headings;
    }

    private static String region(String document, String name) {
        int start = document.indexOf("<!-- generated:" + name + " -->");
        int end = document.indexOf("<!-- /generated:" + name + " -->");
        assertThat(start).isNotNegative();
        return document.substring(start, end);
    }

    private static List<String> sqlBlocks(String document) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?s)```sql\\n(.*?)```").matcher(document);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static String firstDifference(String expected, String actual) {
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        for (int i = 0; i < Math.max(expectedLines.size(), actualLines.size()); i++) {
            String committedLine = i < expectedLines.size() ? expectedLines.get(i) : "(end of file)";
            String generatedLine = i < actualLines.size() ? actualLines.get(i) : "(end of file)";
            if (!committedLine.equals(generatedLine)) {
                return "line " + (i + 1) + ":\n  committed: " + committedLine + "\n  generated: " + generatedLine;
            }
        }
        return "(line endings only)";
    }
}
