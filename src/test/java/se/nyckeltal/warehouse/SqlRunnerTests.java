package se.nyckeltal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one runner of SQL files, on a DuckDB file: variables as jOOQ literals, update counts, errors. */
class SqlRunnerTests {

    @TempDir
    Path folder;

    @Test
    void variablesRoundTripThroughTheirLiterals() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("w.duckdb"))) {
            SqlRunner runner = new SqlRunner(connection)
                    .setVariables(Map.of(
                            "a_text", "it's; -- not a comment", "a_number", 7L, "a_date", LocalDate.of(2017, 3, 31)))
                    .setVariable("a_null", null);

            var values = runner.dsl()
                    .fetchSingle("SELECT CAST(getvariable('a_text') AS VARCHAR), getvariable('a_number') + 1, "
                            + "CAST(getvariable('a_date') AS DATE) + 1, getvariable('a_null') IS NULL");
            assertThat(values.get(0, String.class)).isEqualTo("it's; -- not a comment");
            assertThat(values.get(1, Long.class)).isEqualTo(8L);
            assertThat(values.get(2, LocalDate.class)).isEqualTo(LocalDate.of(2017, 4, 1));
            assertThat(values.get(3, Boolean.class)).isTrue();
        }
    }

    @Test
    void aVariableNameIsAnIdentifier() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThatThrownBy(() -> new SqlRunner(connection).setVariable("x = 1; DROP TABLE t; SET VARIABLE y", 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aScriptReportsWhatEachStatementChangedAndAFailureNamesTheFile() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            SqlRunner runner = new SqlRunner(connection).setVariable("third", 3);

            SqlRunner.ScriptResult result = runner.run(SqlScript.load("runner-tests/counts.sql"));

            assertThat(result.statements())
                    .extracting(SqlRunner.ExecutedStatement::updateCount)
                    .containsExactly(0L, 3L, 2L, 1L);
            assertThat(result.insertedRows()).isEqualTo(3);
            assertThat(result.changedRows()).isEqualTo(6);
            assertThat(runner.dsl().fetchValue("SELECT string_agg(label, ',' ORDER BY n) FROM counted"))
                    .isEqualTo("TWO,THREE");
            assertThatThrownBy(() -> runner.run(SqlScript.load("scripts/recompute/write_indicator_table.sql")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("sql/scripts/recompute/write_indicator_table.sql: ");
        }
    }

    @Test
    void findsTheFilesOfAFolderAndItsSubfolders() {
        assertThat(SqlScript.pathsUnder("tests/"))
                .contains("tests/unknown_unit.sql", "tests/disclosure_rule_holds/setup.sql")
                .isSorted();
        assertThat(SqlScript.pathsUnder("models/"))
                .contains("models/core/month_calendar.sql", "models/report/indicator_values_of.sql")
                .allMatch(path -> path.startsWith("models/"));
    }
}
