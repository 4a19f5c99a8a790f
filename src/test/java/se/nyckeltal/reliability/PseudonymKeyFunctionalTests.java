package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.InputFiles;
import se.nyckeltal.support.TestWarehouse;

/**
 * The operator's mistake of the issue: the nightly run has one key, a manual run another (or none,
 * and would create a key file). Re-delivered months would give every employee a second pseudonym;
 * instead the load stops before reading any file, exit 2, one line.
 */
class PseudonymKeyFunctionalTests {

    private static final String KEY_PROPERTY = "nyckeltal.pseudonym.key";
    private static final String KEY_FILE_PROPERTY = "nyckeltal.pseudonym.key-file";
    private static final String NIGHTLY_KEY = "the-nightly-key-from-the-environment-file";
    private static final String OTHER_KEY = "another-key-typed-in-by-hand-at-the-prompt";
    private static final String STAFFING = """
            employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours
            E-1;2017-01;LON-1;K;1980;100;1;160
            E-2;2017-01;LON-1;M;1985;100;1;160
            """;

    @TempDir
    Path dir;

    @AfterEach
    void noKey() {
        System.clearProperty(KEY_PROPERTY);
        System.clearProperty(KEY_FILE_PROPERTY);
    }

    @Test
    void aLoadWithAnotherKeyOrWithoutOneStopsBeforeReadingAnyFile() throws Exception {
        Path input = dir.resolve("input");
        Path warehouse = dir.resolve("output/warehouse.duckdb");
        InputFiles.write(input, "units/units.csv", InputFiles.UNITS);
        InputFiles.write(input, "staffing/2017-01.csv", STAFFING);
        System.setProperty(KEY_PROPERTY, NIGHTLY_KEY);
        assertThat(load(input, warehouse).exitCode()).isZero();

        // the month is delivered again, corrected, and loaded by hand with another key
        InputFiles.write(input, "staffing/2017-01-corrected.csv", STAFFING.replace(";1;160", ";0,5;80"));
        System.setProperty(KEY_PROPERTY, OTHER_KEY);
        BadInputCli.Result otherKey = load(input, warehouse);

        assertThat(otherKey.exitCode()).isEqualTo(2);
        assertThat(otherKey.output().strip())
                .isEqualTo("nyckeltal: The pseudonym key (the setting "
                        + "nyckeltal.pseudonym.key) differs from the one that built this warehouse: loading with it would give "
                        + "every employee a second pseudonym. Nothing was read. Give every run the same key, the warehouse's "
                        + "(NYCKELTAL_PSEUDONYM_KEY or nyckeltal.pseudonym.key-file, e.g. through the EnvironmentFile of "
                        + "deploy/), or load into a new --warehouse.");
        assertThat(otherKey.all())
                .doesNotContainPattern(BadInputCli.STACK_FRAME)
                .doesNotContain(OTHER_KEY);
        assertUnchangedSinceTheFirstRun(warehouse);

        // no key at all: the default key file would be created, with a new key
        System.clearProperty(KEY_PROPERTY);
        Path keyFile = dir.resolve("home/.config/nyckeltal/pseudonym.key");
        System.setProperty(KEY_FILE_PROPERTY, keyFile.toString());
        BadInputCli.Result noKey = load(input, warehouse);

        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.output())
                .contains("the key file " + keyFile + " does not exist, but this warehouse holds "
                        + "pseudonyms made with a key")
                .hasLineCount(1);
        assertThat(keyFile.getParent()).doesNotExist();
        assertUnchangedSinceTheFirstRun(warehouse);

        // with the nightly key again, the correction replaces the two employees' month
        System.clearProperty(KEY_FILE_PROPERTY);
        System.setProperty(KEY_PROPERTY, NIGHTLY_KEY);
        assertThat(load(input, warehouse).exitCode()).isZero();
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            assertThat(strings(opened.dsl(), "SELECT count(*) || ' ' || sum(fte) FROM core.staffing"))
                    .containsExactly("2 1.000000");
        }
    }

    private static void assertUnchangedSinceTheFirstRun(Path warehouse) {
        try (TestWarehouse opened = TestWarehouse.open(warehouse)) {
            DSLContext dsl = opened.dsl();
            assertThat(strings(dsl, "SELECT count(*) || ' ' || sum(fte) FROM core.staffing"))
                    .containsExactly("2 2.000000");
            // no run was started: no plan, no file read
            assertThat(strings(dsl, "SELECT count(DISTINCT run_id) || ' ' || count(*) FROM meta.load_file"))
                    .containsExactly("1 2");
            assertThat(strings(dsl, "SELECT count(*) FROM BATCH_JOB_INSTANCE")).containsExactly("1");
        }
    }

    private static BadInputCli.Result load(Path input, Path warehouse) {
        return BadInputCli.run("load", "--input", input.toString(), "--warehouse", warehouse.toString());
    }

    private static List<String> strings(DSLContext dsl, String sql) {
        return dsl.fetch(sql).getValues(0, String.class);
    }
}
