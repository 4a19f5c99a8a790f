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
 * The benchmark's baselines: what an analyst would write with DuckDB alone. The same input
 * files are read by DuckDB's native {@code read_csv} into the same typed core tables (last
 * delivery wins by natural key, employee references hashed), then the same indicator SQL runs.
 * No row-level validation, no rejects with line numbers, no restartability.
 *
 * <p>With {@code --plain}, only the reading: each extract's files by {@code read_csv} into a new
 * table of the same typed columns ({@code CREATE TABLE AS}), no migrations, no last-delivery-wins,
 * no indicators: the least any load of these files has to do.
 *
 * <p>Usage: {@code NativeBaseline [--plain] INPUT_DIR WAREHOUSE_FILE}. Prints the seconds of each
 * phase.
 */
public final class NativeBaseline {

    private static final String CSV =
            "delim=';', header=true, all_varchar=true, filename=true, " + "encoding='utf-8', strict_mode=false";

    private NativeBaseline() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        boolean plain = args[0].equals("--plain");
        Path input = Path.of(args[plain ? 1 : 0]);
        Path warehouse = Path.of(args[plain ? 2 : 1]);
        Files.deleteIfExists(warehouse);
        Files.deleteIfExists(Path.of(warehouse + ".wal"));
        if (plain) {
            readOnly(input, warehouse);
            return;
        }
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath())) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
            WarehouseMigrations.migrate(dataSource);
            long migrated = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, Load> load : loads(input).entrySet()) {
                    if (Files.isDirectory(input.resolve(load.getKey()))) {
                        statement.execute(load.getValue().lastDeliveryWins());
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

    private static void readOnly(Path input, Path warehouse) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Load> load : loads(input).entrySet()) {
                if (Files.isDirectory(input.resolve(load.getKey()))) {
                    statement.execute(load.getValue().plain(load.getKey()));
                }
            }
            statement.execute("CHECKPOINT");
        }
        System.out.printf("plain_read_csv_s=%.2f%n", seconds(System.nanoTime() - start));
    }

    /** One extract: its typed columns read from its files, and the core table they go to. */
    private record Load(String table, String select, String naturalKey) {

        String lastDeliveryWins() {
            return "INSERT INTO core." + table + " " + select
                    + (naturalKey == null
                            ? ""
                            : " QUALIFY row_number() OVER (PARTITION BY " + naturalKey
                                    + " ORDER BY filename DESC) = 1");
        }

        String plain(String extract) {
            return "CREATE TABLE " + extract + " AS " + select;
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

    private static Map<String, Load> loads(Path input) {
        Map<String, Load> loads = new LinkedHashMap<>();
        loads.put(
                "units",
                new Load(
                        "units",
                        "SELECT upper(unit_code), valid_from::DATE, nullif(valid_to, '')::DATE, unit_name, "
                                + "upper(business_area), upper(process), 0, 0 FROM " + files(input, "units"),
                        "upper(unit_code), valid_from"));
        loads.put(
                "staffing",
                new Load(
                        "staffing",
                        "SELECT sha256(employee_ref), (month || '-01')::DATE, upper(unit_code), upper(gender), "
                                + "nullif(birth_year, '')::INTEGER, " + decimal("employment_rate_pct") + ", "
                                + decimal("fte") + ", " + decimal("scheduled_hours") + ", 0, 0 FROM "
                                + files(input, "staffing"),
                        "employee_ref, month"));
        loads.put(
                "invoices",
                new Load(
                        "invoices",
                        "SELECT upper(invoice_type), invoice_id, registered_date::DATE, upper(unit_code), "
                                + "upper(nullif(customer_org, '')), upper(channel), "
                                + decimal("nullif(amount_sek, '')") + ", 0, 0 FROM "
                                + files(input, "invoices"),
                        "invoice_type, invoice_id"));
        loads.put(
                "payslips",
                new Load(
                        "payslips",
                        "SELECT payslip_id, pay_date::DATE, upper(unit_code), upper(nullif(employer_org, '')), "
                                + "upper(source), 0, 0 FROM " + files(input, "payslips"),
                        "payslip_id"));
        loads.put(
                "contacts",
                new Load(
                        "contacts",
                        "SELECT contact_id, replace(received_at, 'T', ' ')::TIMESTAMP, upper(channel), "
                                + "upper(unit_code), upper(outcome), nullif(wait_seconds, '')::INTEGER, "
                                + "nullif(handle_seconds, '')::INTEGER, upper(nullif(resolved_first_contact, '')) "
                                + "IN ('J', 'JA', 'Y', 'TRUE', '1'), 0, 0 FROM " + files(input, "contacts"),
                        "contact_id"));
        loads.put(
                "sick_leave",
                new Load(
                        "sick_leave",
                        "SELECT sha256(employee_ref), date::DATE, spell_start::DATE, " + decimal("sick_hours")
                                + ", 0, 0 FROM " + files(input, "sick_leave"),
                        "employee_ref, date"));
        loads.put(
                "targets",
                new Load(
                        "targets",
                        "SELECT upper(indicator_code), year::INTEGER, " + decimal("nullif(board_target, '')") + ", "
                                + decimal("nullif(council_target, '')") + ", 0, 0 FROM "
                                + files(input, "targets"),
                        null));
        return loads;
    }
}
