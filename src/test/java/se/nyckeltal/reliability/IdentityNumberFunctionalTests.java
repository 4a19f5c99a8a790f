package se.nyckeltal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nyckeltal.support.InputFiles;

/**
 * Personal identity numbers in every spelling and every place a supplier can put one — file names,
 * ids, codes, names, employee references, rejected lines, reasons, a header — and none of them in the
 * bytes or the text columns of the warehouse, the published copy, the Parquet export, the log or
 * the printed output (WAREHOUSE.md "Privacy").
 */
class IdentityNumberFunctionalTests {

    /** 1912-12-12-1212 and the samordningsnummer 701063-2391, as digits without separators. */
    private static final List<String> DIGITS = List.of("1212121212", "7010632391");

    private static final String KEY = "identity-number-test-key-of-32-bytes-at-least";

    @TempDir
    Path dir;

    @BeforeAll
    static void key() {
        System.setProperty("nyckeltal.pseudonym.key", KEY);
    }

    @AfterAll
    static void noKey() {
        System.clearProperty("nyckeltal.pseudonym.key");
    }

    @Test
    void noIdentityNumberInTheWarehouseTheCopyTheExportOrTheLog() throws Exception {
        Path input = dir.resolve("input");
        InputFiles.write(
                input,
                "units/units.csv",
                InputFiles.UNITS + "121212-1212;Firma Tolvan 19121212-1212;EKONOMI;OTHER;2016-01-01;\n");
        StringBuilder staffing = new StringBuilder(
                "employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours\n");
        for (String ref : List.of(
                "191212121212",
                "19121212-1212",
                "19121212+1212",
                "19121212 1212",
                "1212121212",
                "121212-1212",
                "121212 1212",
                "121212\u20131212",
                "1912-12-12-1212",
                "701063-2391")) {
            staffing.append(ref).append(";2017-01;LON-1;K;1912;100;1;160\n");
        }
        staffing.append(";19121212-1212;2017-01;LON-1;K;1912;100;1;160\n"); // fields shifted by one
        staffing.append("121212-1212;2017-02;LON-1;Q;1912;100;1;160\n"); // bad gender
        for (int i = 1; i <= 40; i++) {
            staffing.append("E").append(i).append(";2017-01;LON-1;M;1970;100;1;160\n");
        }
        InputFiles.write(input, "staffing/2017-01.csv", staffing.toString());
        InputFiles.write(
                input,
                "sick_leave/intyg-19121212-1212.csv",
                "employee_ref;date;spell_start;sick_hours\n19121212-1212;2017-01-09;2017-01-09;8\n");
        InputFiles.write(
                input,
                "sick_leave/intyg 121212\u20131212.csv",
                "employee_ref;date;spell_start;sick_hours\n121212 1212;2017-01-10;2017-01-09;8\n");
        InputFiles.write(
                input,
                "sick_leave/1912-12-12-1212.csv",
                "employee_ref;date;spell_start;sick_hours\n1912-12-12-1212;2017-01-11;2017-01-09;8\n");
        StringBuilder invoices = new StringBuilder(
                "invoice_id;invoice_type;registered_date;unit_code;customer_org;channel;amount_sek;kund 19121212-1212\n"
                        + "191212121212;CUSTOMER;2017-01-02;EKO-KUND1;19121212 1212;ELECTRONIC;10;x\n"
                        + "F-2;CUSTOMER;2017-01-02;EKO-KUND1;121212+1212;ELECTRONIC;10;x\n"
                        + "F-3;CUSTOMER;121212-1212;EKO-KUND1;KS;ELECTRONIC;10;121212 1212\n");
        for (int i = 1; i <= 40; i++) {
            invoices.append("G-").append(i).append(";CUSTOMER;2017-01-10;EKO-KUND1;KS;ELECTRONIC;1;\n");
        }
        InputFiles.write(input, "invoices/2017-01.csv", invoices.toString());
        InputFiles.write(
                input,
                "payslips/2017-01.csv",
                "payslip_id;pay_date;unit_code;employer_org;source\n"
                        + "L-121212-1212;2017-01-25;LON-1;701063-2391;MANUAL\n");
        InputFiles.write(
                input,
                "contacts/2017-01.csv",
                "contact_id;received_at;channel;unit_code;outcome;wait_seconds;handle_seconds;resolved_first_contact\n"
                        + "121212\u20131212;2017-01-02 08:00:00;EMAIL;EKO-KUND1;HANDLED;;60;J\n");
        Path warehouse = dir.resolve("output/warehouse.duckdb");
        Path parquet = dir.resolve("parquet");

        BadInputCli.Result load =
                BadInputCli.run("load", "--input", input.toString(), "--warehouse", warehouse.toString());
        BadInputCli.Result export = BadInputCli.run(
                "export", "--format", "parquet", "--output", parquet.toString(), "--warehouse", warehouse.toString());

        assertThat(load.exitCode()).as(load.all()).isZero();
        assertThat(export.exitCode()).as(export.all()).isZero();
        Path copy = dir.resolve("output/nyckeltal.duckdb");
        List<String> stored = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath())) {
            stored.addAll(textColumns(connection));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + copy.toAbsolutePath(), readOnly())) {
            stored.addAll(textColumns(connection));
        }
        List<String> exported = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Stream<Path> files = Files.walk(parquet)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
                exported.add(file.toString());
                exported.addAll(allValues(connection, "SELECT * FROM read_parquet('" + file + "')"));
            }
        }
        assertThat(stored).hasSizeGreaterThan(100);
        assertThat(exported).hasSizeGreaterThan(10);

        assertNoIdentityNumber("the warehouse's text", stored);
        assertNoIdentityNumber("the export's values", exported);
        assertNoIdentityNumber("the log and output of load and export", List.of(load.all(), export.all()));
        for (Path file : filesUnder(dir.resolve("output"), parquet)) {
            assertNoIdentityNumber(
                    file.toString(), List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)));
        }
        // what is stored instead
        try (Connection connection =
                DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly())) {
            // the file names as stored, the rejects, and ids and codes as their pseudonyms
            assertThat(strings(
                            connection, "SELECT DISTINCT file_name FROM report.load_runs WHERE extract = 'sick_leave'"))
                    .containsExactlyInAnyOrder(
                            "sick_leave/intyg-***.csv", "sick_leave/intyg ***.csv", "sick_leave/***.csv");
            assertThat(strings(
                            connection,
                            "SELECT line_number || ' ' || coalesce(raw_line, '(none)') || ' | ' || reason "
                                    + "FROM report.rejected_rows ORDER BY file_name, line_number"))
                    .containsExactly(
                            "4 F-3;CUSTOMER;***;EKO-KUND1;KS;ELECTRONIC;10;*** | registered_date: '***' is not a valid date (yyyy-MM-dd)",
                            "12 (none) | the record has 9 fields but the header has 8",
                            "13 ***;2017-02;***;***;1912;100;1;160 | gender: '***' is not one of K, M, X");
            assertThat(strings(connection, "SELECT customer_org FROM core.invoices WHERE invoice_id = 'F-2'"))
                    .containsExactly(hmac("121212+1212"));
            assertThat(strings(
                            connection,
                            "SELECT invoice_id FROM core.invoices WHERE customer_org = '" + hmac("19121212 1212")
                                    + "'"))
                    .containsExactly(hmac("191212121212"));
            assertThat(strings(connection, "SELECT employer_org FROM core.payslips"))
                    .containsExactly(hmac("701063-2391"));
            assertThat(strings(
                            connection,
                            "SELECT unit_name FROM core.units WHERE unit_code = '" + hmac("121212-1212") + "'"))
                    .containsExactly("Firma Tolvan ***");
            assertThat(strings(connection, "SELECT count(DISTINCT employee_pseudonym) FROM core.staffing"))
                    .containsExactly("50");
        }
        // the log names the files as stored
        assertThat(load.all()).contains("sick_leave/intyg-***.csv").contains("unknown column 'kund ***'");
    }

    private static void assertNoIdentityNumber(String where, List<String> texts) {
        for (String text : texts) {
            String digits = text.replaceAll("[-+ \u00A0\u2013]", "");
            for (String number : DIGITS) {
                assertThat(digits).as(where).doesNotContain(number);
            }
        }
    }

    /** Every VARCHAR value of every table in the database. */
    private static List<String> textColumns(Connection connection) throws Exception {
        List<String> values = new ArrayList<>();
        List<String> columns = strings(
                connection,
                "SELECT '\"' || schema_name || '\".\"' || table_name || '\".\"' "
                        + "|| column_name || '\"' FROM duckdb_columns() WHERE database_name = current_database() "
                        + "AND data_type = 'VARCHAR'");
        for (String column : columns) {
            String table = column.substring(0, column.lastIndexOf('.'));
            values.addAll(
                    strings(connection, "SELECT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL"));
        }
        return values;
    }

    private static List<String> allValues(Connection connection, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    values.add(String.valueOf(rows.getString(column)));
                }
            }
        }
        return values;
    }

    private static List<String> strings(Connection connection, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<Path> filesUnder(Path... folders) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    private static java.util.Properties readOnly() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("duckdb.read_only", "true");
        return properties;
    }

    /** HMAC-SHA256 under the test key, hex: the pseudonym an id or code holding an identity number gets. */
    private static String hmac(String value) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
