package se.nyckeltal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.nyckeltal.indicators.IndicatorRecomputation;
import se.nyckeltal.warehouse.WarehouseMigrations;

/**
 * The benchmark's baseline: what an analyst would write with DuckDB alone. The same input
 * files are read by DuckDB's native {@code read_csv} into the same typed core tables (last
 * delivery wins by natural key, employee references hashed), then the same indicator SQL runs.
 * No row-level validation, no rejects with line numbers, no restartability.
 *
 * <p>Usage: {@code NativeBaseline INPUT_DIR WAREHOUSE_FILE}. Prints the seconds of each phase.
 */
public final class NativeBaseline {

    private static final String CSV =
            "delim=';', header=true, all_varchar=true, filename=true, " + "encoding='utf-8', strict_mode=false";

    private NativeBaseline() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path warehouse = Path.of(args[1]);
        Files.deleteIfExists(warehouse);
        Files.deleteIfExists(Path.of(warehouse + ".wal"));
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath())) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
            WarehouseMigrations.migrate(dataSource);
            long migrated = System.nanoTime();
            Map<String, String> loads = loads(input);
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, String> load : loads.entrySet()) {
                    if (Files.isDirectory(input.resolve(load.getKey()))) {
                        statement.execute(load.getValue());
                    }
                }
            }
            long loaded = System.nanoTime();
            DSLContext dsl = DSL.using(dataSource, SQLDialect.DUCKDB);
            dsl.transaction(tx -> new IndicatorRecomputation(10).recompute(tx.dsl(), null, null));
            long computed = System.nanoTime();
            System.out.printf(
                    "native_migrate_s=%.2f native_load_s=%.2f native_indicators_s=%.2f native_total_s=%.2f%n",
                    seconds(migrated - start),
                    seconds(loaded - migrated),
                    seconds(computed - loaded),
                    seconds(computed - start));
        }
    }

    private static double seconds(long nanos) {
        return Duration.ofNanos(nanos).toMillis() / 1000.0;
    }

    /** Swedish decimals: drop (no-break) spaces, comma to point. */
    private static String decimal(String column) {
        return "replace(replace(replace(" + column + ", ' ', ''), chr(160), ''), ',', '.')::DOUBLE";
    }

    private static String files(Path input, String extract) {
        return "read_csv('" + input.toAbsolutePath().resolve(extract) + "/*.csv', " + CSV + ")";
    }

    private static Map<String, String> loads(Path input) {
        Map<String, String> loads = new LinkedHashMap<>();
        loads.put(
                "units",
                "INSERT INTO core.units SELECT upper(unit_code), valid_from::DATE, nullif(valid_to, '')::DATE, "
                        + "unit_name, upper(business_area), upper(process), 0, 0 FROM " + files(input, "units")
                        + " QUALIFY row_number() OVER (PARTITION BY upper(unit_code), valid_from ORDER BY filename DESC) = 1");
        loads.put(
                "staffing",
                "INSERT INTO core.staffing SELECT sha256(employee_ref), (month || '-01')::DATE, "
                        + "upper(unit_code), upper(gender), nullif(birth_year, '')::INTEGER, "
                        + decimal("employment_rate_pct")
                        + ", " + decimal("fte") + ", " + decimal("scheduled_hours") + ", 0, 0 FROM "
                        + files(input, "staffing")
                        + " QUALIFY row_number() OVER (PARTITION BY employee_ref, month ORDER BY filename DESC) = 1");
        loads.put(
                "invoices",
                "INSERT INTO core.invoices SELECT upper(invoice_type), invoice_id, registered_date::DATE, "
                        + "upper(unit_code), upper(nullif(customer_org, '')), upper(channel), "
                        + decimal("nullif(amount_sek, '')")
                        + ", 0, 0 FROM " + files(input, "invoices")
                        + " QUALIFY row_number() OVER (PARTITION BY invoice_type, invoice_id ORDER BY filename DESC) = 1");
        loads.put(
                "payslips",
                "INSERT INTO core.payslips SELECT payslip_id, pay_date::DATE, upper(unit_code), "
                        + "upper(nullif(employer_org, '')), upper(source), 0, 0 FROM " + files(input, "payslips")
                        + " QUALIFY row_number() OVER (PARTITION BY payslip_id ORDER BY filename DESC) = 1");
        loads.put(
                "contacts",
                "INSERT INTO core.contacts SELECT contact_id, replace(received_at, 'T', ' ')::TIMESTAMP, "
                        + "upper(channel), upper(unit_code), upper(outcome), nullif(wait_seconds, '')::INTEGER, "
                        + "nullif(handle_seconds, '')::INTEGER, upper(nullif(resolved_first_contact, '')) IN ('J', 'JA', 'Y', "
                        + "'TRUE', '1'), 0, 0 FROM " + files(input, "contacts")
                        + " QUALIFY row_number() OVER (PARTITION BY contact_id ORDER BY filename DESC) = 1");
        loads.put(
                "sick_leave",
                "INSERT INTO core.sick_leave SELECT sha256(employee_ref), date::DATE, spell_start::DATE, "
                        + decimal("sick_hours") + ", 0, 0 FROM " + files(input, "sick_leave")
                        + " QUALIFY row_number() OVER (PARTITION BY employee_ref, date ORDER BY filename DESC) = 1");
        loads.put(
                "targets",
                "INSERT INTO core.targets SELECT upper(indicator_code), year::INTEGER, "
                        + decimal("nullif(board_target, '')") + ", " + decimal("nullif(council_target, '')")
                        + ", 0, 0 FROM "
                        + files(input, "targets"));
        return loads;
    }
}
