package se.nyckeltal.indicators;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.nyckeltal.warehouse.SqlRunner;
import se.nyckeltal.warehouse.SqlScript;

/**
 * Recomputes {@code report.indicator_values}, {@code report.indicator_table} and
 * {@code report.data_quality} from the {@code core} tables with the SQL models under
 * {@code sql/} (see {@link IndicatorModels}). Java only orchestrates: it creates the models,
 * sets the DuckDB variables the models read and runs the write scripts; every number is
 * computed by DuckDB, set-based.
 *
 * <p>Everything runs on one connection of {@code dsl}, inside the caller's transaction (the
 * load and indicators commands wrap it in one), so a reader sees the old rows or the new,
 * never a mix. Nothing here begins, commits or rolls back.
 */
public final class IndicatorRecomputation {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorRecomputation.class);

    public static final int DEFAULT_DISCLOSURE_LIMIT = 10;
    public static final int MINIMUM_DISCLOSURE_LIMIT = 3;

    /** A scan range that contains no month, for a recomputation with no period to compute. */
    private static final LocalDate NOTHING_FROM = LocalDate.of(9999, 12, 1);

    private static final LocalDate NOTHING_UNTIL = LocalDate.of(1, 1, 31);

    private final int disclosureLimit;
    private final DataTests dataTests = new DataTests();
    private final DisclosureControl disclosureControl;
    private final List<SqlModel> models = IndicatorModels.inCreationOrder();
    private final SqlScript pinPeriodsToCompute = SqlScript.load(IndicatorModels.PIN_PERIODS_TO_COMPUTE);
    private final SqlScript writeIndicatorValues = SqlScript.load(IndicatorModels.WRITE_INDICATOR_VALUES);
    private final SqlScript writeIndicatorTable = SqlScript.load(IndicatorModels.WRITE_INDICATOR_TABLE);

    public IndicatorRecomputation() {
        this(DEFAULT_DISCLOSURE_LIMIT);
    }

    /** @param disclosureLimit HR values of populations of at most this many employees are suppressed (≥ 3) */
    public IndicatorRecomputation(int disclosureLimit) {
        if (disclosureLimit < MINIMUM_DISCLOSURE_LIMIT) {
            throw new IllegalArgumentException("the disclosure limit must be at least " + MINIMUM_DISCLOSURE_LIMIT
                    + " employees, not " + disclosureLimit);
        }
        this.disclosureLimit = disclosureLimit;
        this.disclosureControl = new DisclosureControl(disclosureLimit);
    }

    public int disclosureLimit() {
        return disclosureLimit;
    }

    /**
     * Recomputes every period overlapping the months [from, to] (both null = everything; one
     * null = open on that side), plus every period the data implies that is not stored yet,
     * and deletes stored periods the data no longer implies; then rebuilds the indicator table
     * and appends the data tests' results to {@code report.data_quality}.
     */
    public RecomputeSummary recompute(DSLContext dsl, YearMonth from, YearMonth to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("window from " + from + " is after to " + to);
        }
        return dsl.connectionResult(connection -> recompute(new SqlRunner(connection), from, to));
    }

    private RecomputeSummary recompute(SqlRunner session, YearMonth from, YearMonth to) {
        long started = System.nanoTime();
        try {
            installModels(session);
            setWindow(session, from, to);
            PinnedPeriods pinned = pinPeriods(session);
            long rowsWritten = writeIndicatorValues(session, pinned);
            applyDisclosureControl(session);
            long indicatorTableRows = session.run(writeIndicatorTable).insertedRows();
            List<DataTestResult> quality = runDataTests(session);
            RecomputeSummary summary =
                    new RecomputeSummary(pinned.toWrite(), pinned.removed(), rowsWritten, indicatorTableRows, quality);
            LOG.info(
                    "Recomputed indicators for {}..{}: {} periods, {} rows, {} removed periods, "
                            + "{} data-quality failures, {} warnings, in {} ms",
                    from == null ? "start" : from,
                    to == null ? "end" : to,
                    pinned.toWrite(),
                    rowsWritten,
                    pinned.removed(),
                    summary.dataQualityFailures(),
                    summary.dataQualityWarnings(),
                    (System.nanoTime() - started) / 1_000_000);
            return summary;
        } finally {
            resetVariables(session);
        }
    }

    /** Installs the current models (as every recomputation does first), for SQL that reads them outside one. */
    public void installModels(DSLContext dsl) {
        dsl.connection(connection -> installModels(new SqlRunner(connection)));
    }

    /** CREATE OR REPLACE every model, in dependency order, so the warehouse always has the current models. */
    private void installModels(SqlRunner session) {
        models.forEach(model -> session.run(model.script()));
    }

    private void setWindow(SqlRunner session, YearMonth from, YearMonth to) {
        session.setVariable("window_start", from == null ? null : from.atDay(1));
        session.setVariable("window_end", to == null ? null : to.atEndOfMonth());
        session.setVariable("disclosure_limit", disclosureLimit);
        session.setVariable("scan_from", null);
        session.setVariable("scan_until", null);
    }

    /**
     * The periods to delete and to write, with the first and last day of the latter.
     *
     * @param toWrite (indicator, period) pairs written anew
     * @param removed stored pairs the data no longer implies
     */
    private record PinnedPeriods(long toWrite, long removed, LocalDate firstDay, LocalDate lastDay) {}

    private PinnedPeriods pinPeriods(SqlRunner session) {
        session.run(pinPeriodsToCompute);
        DSLContext dsl = session.dsl();
        Table<?> stalePeriod = table(name("recompute_stale_period"));
        Table<?> periodToWrite = table(name("recompute_period"));
        Field<LocalDate> periodStart = field(name("period_start"), LocalDate.class);
        Field<LocalDate> periodEnd = field(name("period_end"), LocalDate.class);
        long removed = dsl.fetchCount(
                stalePeriod, field(name("still_exists"), Boolean.class).isFalse());
        Record3<Integer, LocalDate, LocalDate> toWrite = dsl.select(count(), min(periodStart), max(periodEnd))
                .from(periodToWrite)
                .fetchSingle();
        return new PinnedPeriods(toWrite.value1(), removed, toWrite.value2(), toWrite.value3());
    }

    private long writeIndicatorValues(SqlRunner session, PinnedPeriods pinned) {
        // The models read only the months the periods to write cover (none: an empty range).
        session.setVariable("scan_from", pinned.toWrite() == 0 ? NOTHING_FROM : pinned.firstDay());
        session.setVariable("scan_until", pinned.toWrite() == 0 ? NOTHING_UNTIL : pinned.lastDay());
        return session.run(writeIndicatorValues).insertedRows();
    }

    private void applyDisclosureControl(SqlRunner session) {
        // The pattern is decided over all periods: every month of the data is read.
        session.setVariable("scan_from", null);
        session.setVariable("scan_until", null);
        disclosureControl.apply(session);
    }

    private List<DataTestResult> runDataTests(SqlRunner session) {
        // The data tests look at all loaded data, not only the recomputed months.
        session.setVariable("scan_from", null);
        session.setVariable("scan_until", null);
        return dataTests.run(session, LocalDateTime.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** Pooled connections outlive this call: leave no window or staging behind for the next user. */
    private static void resetVariables(SqlRunner session) {
        for (String table : List.of(
                "recompute_finance_sum",
                "recompute_payroll_sum",
                "recompute_contact_sum",
                "recompute_hr_sum",
                "recompute_period_sum",
                "recompute_period",
                "recompute_stale_period",
                "recompute_indicator_value",
                "disclosure_node_pinned",
                "disclosure_pattern")) {
            try {
                session.dsl().dropTableIfExists(name("temp", "main", table)).execute();
            } catch (RuntimeException ignored) {
                // the transaction failed; its temporary tables go with the rollback or the next CREATE OR REPLACE
            }
        }
        for (String name : List.of("window_start", "window_end", "disclosure_limit", "scan_from", "scan_until")) {
            try {
                session.setVariable(name, null);
            } catch (RuntimeException ignored) {
                // the transaction failed; the caller rolls back and the next recompute sets them again
            }
        }
    }
}
