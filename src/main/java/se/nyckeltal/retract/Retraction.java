package se.nyckeltal.retract;

import static se.nyckeltal.warehouse.jooq.meta.Tables.DIRTY_MONTHS;
import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_FILE;
import static se.nyckeltal.warehouse.jooq.meta.Tables.MERGED_BEFORE_SUPERSEDED_KEPT;
import static se.nyckeltal.warehouse.jooq.meta.Tables.RETRACTION;
import static se.nyckeltal.warehouse.jooq.report.Tables.LOAD_RUNS;
import static se.nyckeltal.warehouse.jooq.report.Tables.REJECTED_ROWS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.nyckeltal.failure.UserError;
import se.nyckeltal.indicators.IndicatorRecomputation;
import se.nyckeltal.warehouse.FileState;
import se.nyckeltal.warehouse.SnapshotPublisher;
import se.nyckeltal.warehouse.SqlScript;

/**
 * Withdraws one loaded delivery ({@code retract FILE}) and gives a withdrawn one back
 * ({@code retract --undo FILE}).
 *
 * <p>A retraction is one DuckDB transaction: the delivery's current rows leave {@code core} and
 * their keys get the latest other delivery's version back ({@code sql/scripts/retract/<extract>.sql},
 * from the versions every merge keeps), its rejects leave {@code report.rejected_rows}, its
 * {@code report.load_runs} row says RETRACTED with who and when, and the periods of the months
 * touched are recomputed (disclosure control included). Killed at any point, it leaves the
 * warehouse as before or as after. The analysts' copy is published afterwards.
 *
 * <p>Undoing one only lifts the skip: the content is not in the warehouse any more, so the next
 * {@code load} loads it again, as a delivery of that night (last delivered wins from then on).
 */
@Component
public class Retraction {

    private static final Logger log = LoggerFactory.getLogger(Retraction.class);

    private final DSLContext dsl;
    private final TransactionTemplate transaction;
    private final IndicatorRecomputation recomputation;
    private final SnapshotPublisher publisher;

    public Retraction(
            DSLContext dsl,
            PlatformTransactionManager transactionManager,
            IndicatorRecomputation recomputation,
            SnapshotPublisher publisher) {
        this.dsl = dsl;
        this.transaction = new TransactionTemplate(transactionManager);
        this.recomputation = recomputation;
        this.publisher = publisher;
    }

    /**
     * Withdraws the delivery last loaded under {@code fileName}; {@code user} is recorded as who did.
     * One retracted already is left as it is (the summary says by whom and when).
     */
    public RetractSummary retract(String fileName, String user) {
        RetractSummary summary = transaction.execute(status -> retractInTransaction(fileName, user));
        publisher.publish();
        return summary;
    }

    /** Lifts the retraction in force of {@code fileName}: the next load loads its content again. */
    public void undo(String fileName, String user) {
        transaction.executeWithoutResult(status -> undoInTransaction(fileName, user));
        publisher.publish();
    }

    private RetractSummary retractInTransaction(String fileName, String user) {
        Deliveries deliveries = new Deliveries(dsl);
        String earlier = deliveries.retractionOf(fileName);
        if (earlier != null) {
            // Run again after it was killed between its commit and the copy's publishing: the copy is
            // published again, and the command succeeds, as a resumed load does.
            return new RetractSummary(fileName, 0, 0, 0, null, null, earlier);
        }
        Delivery delivery = deliveries.loaded(fileName);
        requireRestorable(delivery);
        var core = DSL.table(DSL.name("core", delivery.extract()));
        long before = dsl.fetchCount(core);
        long withdrawn =
                dsl.fetchCount(core, DSL.field(DSL.name("file_id"), Long.class).eq(delivery.fileId()));
        SqlScript.load("scripts/retract/" + delivery.extract() + ".sql")
                .run(dsl, Map.of("retracted_file_id", delivery.fileId(), "run_id", delivery.runId()));
        long restored = dsl.fetchCount(core) - before + withdrawn;

        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        // Rejected rows of a withdrawn delivery are nobody's to fix any more.
        dsl.deleteFrom(REJECTED_ROWS)
                .where(REJECTED_ROWS.RUN_ID.eq(delivery.runId()).and(REJECTED_ROWS.FILE_NAME.eq(fileName)))
                .execute();
        dsl.update(LOAD_RUNS)
                .set(LOAD_RUNS.STATUS, FileState.RETRACTED)
                .set(LOAD_RUNS.MESSAGE, "retracted by " + user + " at " + now)
                .where(LOAD_RUNS
                        .RUN_ID
                        .eq(delivery.runId())
                        .and(LOAD_RUNS.FILE_NAME.eq(fileName))
                        .and(LOAD_RUNS.STATUS.eq(FileState.LOADED)))
                .execute();
        dsl.update(LOAD_FILE)
                .set(LOAD_FILE.STATE, FileState.RETRACTED)
                .where(LOAD_FILE.FILE_ID.eq(delivery.fileId()))
                .execute();
        dsl.insertInto(RETRACTION)
                .set(RETRACTION.FILE_ID, delivery.fileId())
                .set(RETRACTION.FILE_CHECKSUM, delivery.checksum())
                .set(RETRACTION.RETRACTED_BY, user)
                .set(RETRACTION.RETRACTED_AT, now)
                .execute();

        Record2<LocalDate, LocalDate> touched = dsl.select(
                        DSL.min(DIRTY_MONTHS.FROM_MONTH), DSL.max(DIRTY_MONTHS.TO_MONTH))
                .from(DIRTY_MONTHS)
                .fetchSingle();
        YearMonth from = touched.value1() == null ? null : YearMonth.from(touched.value1());
        YearMonth to = touched.value2() == null ? null : YearMonth.from(touched.value2());
        if (from != null) {
            log.info("Recomputing indicators of periods overlapping {}..{}", from, to);
            // months an interrupted load left to recompute are included: they are recomputed, then cleared
            recomputation.recompute(dsl, from, to);
            dsl.deleteFrom(DIRTY_MONTHS).execute();
        }
        log.info("Retracted {}: {} row(s) withdrawn, {} earlier version(s) restored", fileName, withdrawn, restored);
        return new RetractSummary(fileName, delivery.runId(), withdrawn, restored, from, to, null);
    }

    /**
     * A delivery merged before this warehouse kept replaced versions may have replaced some that are
     * gone: then it cannot be withdrawn exactly, unless it was the first delivery of its extract.
     */
    private void requireRestorable(Delivery delivery) {
        boolean mergedBeforeVersionsWereKept = dsl.fetchExists(
                MERGED_BEFORE_SUPERSEDED_KEPT, MERGED_BEFORE_SUPERSEDED_KEPT.FILE_ID.eq(delivery.fileId()));
        if (!mergedBeforeVersionsWereKept) {
            return;
        }
        boolean earlierDelivery = dsl.fetchExists(
                LOAD_FILE,
                LOAD_FILE
                        .EXTRACT
                        .eq(delivery.extract())
                        .and(LOAD_FILE.STATE.eq(FileState.LOADED))
                        .and(LOAD_FILE
                                .RUN_ID
                                .lt(delivery.runId())
                                .or(LOAD_FILE
                                        .RUN_ID
                                        .eq(delivery.runId())
                                        .and(LOAD_FILE.LOAD_ORDER.lt(delivery.loadOrder())))));
        if (earlierDelivery) {
            throw new UserError("Cannot retract " + delivery.fileName() + ": it was loaded (run " + delivery.runId()
                    + ") before this warehouse kept the versions a delivery replaces, so the earlier "
                    + delivery.extract() + " rows it may have replaced cannot be restored exactly; load the input "
                    + "without it into a new warehouse (--warehouse) instead.");
        }
    }

    private void undoInTransaction(String fileName, String user) {
        Delivery delivery = new Deliveries(dsl).retracted(fileName);
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        dsl.update(RETRACTION)
                .set(RETRACTION.UNDONE_BY, user)
                .set(RETRACTION.UNDONE_AT, now)
                .where(RETRACTION.FILE_ID.eq(delivery.fileId()))
                .execute();
        dsl.update(LOAD_RUNS)
                .set(
                        LOAD_RUNS.MESSAGE,
                        LOAD_RUNS.MESSAGE.concat(
                                "; retraction undone by " + user + " at " + now + ": the next load loads it again"))
                .where(LOAD_RUNS
                        .RUN_ID
                        .eq(delivery.runId())
                        .and(LOAD_RUNS.FILE_NAME.eq(fileName))
                        .and(LOAD_RUNS.STATUS.eq(FileState.RETRACTED)))
                .execute();
        log.info("Retraction of {} undone: the next load loads its content again", fileName);
    }
}
