package se.nyckeltal.monitoring;

import static se.nyckeltal.warehouse.jooq.report.Tables.LOAD_RUNS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.nyckeltal.extract.Extract;
import se.nyckeltal.monitoring.MonitoringProperties.Cadence;
import se.nyckeltal.warehouse.FileState;

/**
 * Which extracts are late. A monthly extract's data for month m is due by the due day of month
 * m+1 ({@code nyckeltal.monitoring.due-day}, default 10): on 2017-03-10 the latest month must be
 * at least 2017-01, from 2017-03-11 at least 2017-02. The latest month is that of the facts in
 * {@code core} (what the indicators can use), not of the files' names.
 */
@Component
public class FreshnessCheck {

    private static final String COVERAGE = """
            SELECT extract, min(m) AS first_month, max(m) AS last_month, sum(n) AS rows FROM (
                SELECT 'staffing' AS extract, month AS m, count(*) AS n FROM core.staffing GROUP BY ALL
                UNION ALL SELECT 'invoices', date_trunc('month', registered_date), count(*) FROM core.invoices GROUP BY ALL
                UNION ALL SELECT 'payslips', date_trunc('month', pay_date), count(*) FROM core.payslips GROUP BY ALL
                UNION ALL SELECT 'contacts', date_trunc('month', received_at), count(*) FROM core.contacts GROUP BY ALL
                UNION ALL SELECT 'sick_leave', date_trunc('month', date), count(*) FROM core.sick_leave GROUP BY ALL
                UNION ALL SELECT 'units', NULL, count(*) FROM core.units
                UNION ALL SELECT 'targets', NULL, count(*) FROM core.targets
            ) GROUP BY extract""";

    private final DSLContext dsl;
    private final MonitoringProperties properties;
    private final Clock clock;

    public FreshnessCheck(DSLContext dsl, MonitoringProperties properties, Clock monitoringClock) {
        this.dsl = dsl;
        this.properties = properties;
        this.clock = monitoringClock;
    }

    /** Every extract, in the order of {@link Extract}. */
    public List<ExtractFreshness> extracts() {
        Map<String, Record> coverage = new HashMap<>();
        dsl.fetch(COVERAGE).forEach(row -> coverage.put(row.get(0, String.class), row));
        var lastLoaded = LOAD_RUNS.as("last_loaded");
        Map<String, Record> latestFiles = new HashMap<>();
        dsl.select(lastLoaded.EXTRACT, lastLoaded.FILE_NAME, lastLoaded.FINISHED_AT)
                .from(lastLoaded)
                .where(lastLoaded.STATUS.eq(FileState.LOADED))
                .qualify(DSL.rowNumber()
                        .over(DSL.partitionBy(lastLoaded.EXTRACT)
                                .orderBy(lastLoaded.FINISHED_AT.desc(), lastLoaded.RUN_ID.desc()))
                        .eq(1))
                .fetch()
                .forEach(row -> latestFiles.put(row.value1(), row));
        LocalDate today = LocalDate.now(clock);
        List<ExtractFreshness> result = new ArrayList<>();
        for (Extract extract : Extract.values()) {
            Record covered = coverage.get(extract.folder());
            Record file = latestFiles.get(extract.folder());
            YearMonth first = month(covered, "first_month");
            YearMonth latest = month(covered, "last_month");
            long rows = covered == null || covered.get("rows") == null ? 0 : covered.get("rows", Long.class);
            Cadence cadence = properties.cadenceOf(extract);
            YearMonth expected = cadence == Cadence.MONTHLY ? expectedMonth(today) : null;
            LocalDate dueBy = expected == null ? null : expected.plusMonths(1).atDay(properties.dueDay());
            boolean late = expected != null && (latest == null || latest.isBefore(expected));
            result.add(new ExtractFreshness(
                    extract.folder(),
                    cadence,
                    first,
                    latest,
                    rows,
                    file == null ? null : file.get(1, String.class),
                    file == null ? null : file.get(2, LocalDateTime.class),
                    expected,
                    dueBy,
                    late));
        }
        return result;
    }

    /** The latest month whose data is due by {@code today}. */
    YearMonth expectedMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(today.getDayOfMonth() > properties.dueDay() ? 1 : 2);
    }

    private static YearMonth month(Record row, String column) {
        Object value = row == null ? null : row.get(column);
        return value == null ? null : YearMonth.parse(value.toString().substring(0, 7));
    }
}
