package se.nyckeltal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import se.nyckeltal.support.TestWarehouse;

/** The definitions against the real, migrated warehouse they feed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractDefinitionTests {

    private static final Map<String, ValueType> DUCKDB_TYPES = Map.of(
            "VARCHAR",
            ValueType.TEXT,
            "DATE",
            ValueType.DATE,
            "TIMESTAMP",
            ValueType.TIMESTAMP,
            "DOUBLE",
            ValueType.DOUBLE,
            "INTEGER",
            ValueType.INTEGER,
            "BOOLEAN",
            ValueType.BOOLEAN);

    private TestWarehouse warehouse;
    private JdbcTemplate jdbc;

    @BeforeAll
    void openWarehouse(@TempDir Path dir) {
        warehouse = TestWarehouse.create(dir);
        jdbc = new JdbcTemplate(warehouse.dataSource());
    }

    @AfterAll
    void closeWarehouse() {
        warehouse.close();
    }

    @ParameterizedTest
    @EnumSource(Extract.class)
    void stagingColumnsAreThoseOfTheStagingTableAfterFileIdAndLineNumber(Extract extract) {
        List<StagingColumn> table = jdbc.query(
                """
                select column_name, data_type from information_schema.columns
                where table_catalog = 'staging' and table_name = ? order by ordinal_position""",
                (rs, i) -> new StagingColumn(rs.getString(1), DUCKDB_TYPES.get(rs.getString(2))),
                extract.folder());

        assertThat(table).hasSizeGreaterThan(2);
        assertThat(table.subList(0, 2)).extracting(StagingColumn::name).containsExactly("file_id", "line_number");
        assertThat(extract.definition().stagingColumns()).containsExactlyElementsOf(table.subList(2, table.size()));
    }

    @Test
    void targetsAcceptExactlyTheIndicatorCodesOfTheCatalogue() {
        List<String> catalogue = jdbc.queryForList("select indicator_code from report.indicator", String.class);

        assertThat(catalogue).hasSize(22);
        assertThat(Arrays.asList(IndicatorCodes.ALL)).containsExactlyInAnyOrderElementsOf(catalogue);
    }

    @Test
    void folders() {
        assertThat(Arrays.stream(Extract.values()).map(Extract::folder))
                .containsExactly("units", "staffing", "invoices", "payslips", "contacts", "sick_leave", "targets");
        assertThat(Extract.forFolder("sick_leave")).contains(Extract.SICK_LEAVE);
        assertThat(Extract.forFolder("Sick_Leave")).isEmpty();
        assertThat(Extract.forFolder("other")).isEmpty();
    }

    @Test
    void requiredColumnsAndNaturalKeysFollowTheContract() {
        assertThat(Extract.STAFFING.definition().requiredColumnNames())
                .containsExactly(
                        "employee_ref",
                        "month",
                        "unit_code",
                        "gender",
                        "employment_rate_pct",
                        "fte",
                        "scheduled_hours");
        assertThat(Extract.CONTACTS.definition().requiredColumnNames())
                .containsExactly("contact_id", "received_at", "channel", "unit_code", "outcome");
        assertThat(Extract.STAFFING.definition().naturalKey()).containsExactly("employee_pseudonym", "month");
        assertThat(Extract.INVOICES.definition().naturalKey()).containsExactly("invoice_type", "invoice_id");
        assertThat(Extract.UNITS.definition().naturalKey()).containsExactly("unit_code", "valid_from");
    }
}
