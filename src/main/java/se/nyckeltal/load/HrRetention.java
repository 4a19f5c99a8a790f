package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.core.Tables.SICK_LEAVE;
import static se.nyckeltal.warehouse.jooq.core.Tables.STAFFING;
import static se.nyckeltal.warehouse.jooq.meta.Tables.HR_RETENTION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.nyckeltal.indicators.IndicatorRecomputation;
import se.nyckeltal.warehouse.SqlScript;

/**
 * Retention of the person-level HR rows ({@code nyckeltal.retention.hr-months}): erases the staffing
 * and sick-leave rows of the months before the horizon, with everything else about one employee
 * of those months, and freezes the indicator values that needed them
 * ({@code sql/scripts/retention/erase_person_level_rows.sql}, one transaction); then overwrites the
 * file blocks that held them, so that the erased rows are gone from the file's bytes too.
 */
@Component
public class HrRetention {

    private static final Logger log = LoggerFactory.getLogger(HrRetention.class);

    static final String ERASE = "scripts/retention/erase_person_level_rows.sql";

    /** Person-level data older than this without a horizon makes {@code status} warn. */
    static final int WARN_AFTER_YEARS = 5;

    /** Overwriting rounds before giving up on blocks DuckDB does not hand out (it has never taken more than one). */
    private static final int WIPE_ROUNDS = 4;

    private final DSLContext dsl;
    private final RetentionProperties properties;
    private final IndicatorRecomputation recomputation;
    private final SqlScript erase = SqlScript.load(ERASE);

    public HrRetention(DSLContext dsl, RetentionProperties properties, IndicatorRecomputation recomputation) {
        this.dsl = dsl;
        this.properties = properties;
        this.recomputation = recomputation;
    }

    /** The first month whose person-level rows are kept since the last erase; empty: nothing was erased. */
    public Optional<YearMonth> erasedBefore() {
        return erasedBefore(dsl);
    }

    static Optional<YearMonth> erasedBefore(DSLContext dsl) {
        LocalDate keptFrom = dsl.select(DSL.max(HR_RETENTION.KEPT_FROM))
                .from(HR_RETENTION)
                .fetchSingle()
                .value1();
        return Optional.ofNullable(keptFrom).map(YearMonth::from);
    }

    /**
     * Erases, in the caller's transaction, the person-level rows of the months before the configured
     * horizon, if there are any, and freezes the indicator values that needed them.
     *
     * @return the first month kept, when anything was erased
     */
    Optional<YearMonth> eraseExpired(YearMonth current) {
        Optional<YearMonth> horizon = properties.keptFrom(current);
        if (horizon.isEmpty()) {
            return Optional.empty();
        }
        YearMonth keptFrom = horizon.get();
        Optional<YearMonth> oldest = oldestPersonLevelMonth();
        if (oldest.isEmpty() || !oldest.get().isBefore(keptFrom)) {
            return Optional.empty();
        }
        recomputation.installModels(dsl);
        LocalDateTime erasedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        erase.run(dsl, Map.of("kept_from", keptFrom.atDay(1), "erased_at", erasedAt));
        log.info(
                "Retention: erased the person-level HR rows of {}..{} (nyckeltal.retention.hr-months = {}); "
                        + "the indicator values that needed them are frozen",
                oldest.get(),
                keptFrom.minusMonths(1),
                properties.hrMonths());
        return Optional.of(keptFrom);
    }

    /**
     * After an erase committed (outside any transaction: DuckDB checkpoints only then): frees the
     * blocks of the erased rows, overwrites them with a table of random bytes as large as the free
     * space, and frees that again. DuckDB does not clear a block it frees; the next writes reuse it.
     * Recorded as done in {@code meta.hr_retention.wiped}: an erase whose wipe was killed is wiped by
     * the next load.
     */
    public void wipeErasedBlocks() {
        Boolean wiped = dsl.select(HR_RETENTION.WIPED).from(HR_RETENTION).fetchOne(HR_RETENTION.WIPED);
        if (wiped == null || wiped) {
            return;
        }
        long started = System.nanoTime();
        dsl.execute("CHECKPOINT");
        long wipedBytes = 0;
        dsl.execute("DROP TABLE IF EXISTS meta.retention_wipe");
        for (int round = 0; round < WIPE_ROUNDS; round++) {
            long freeBytes = freeBytes();
            if (freeBytes == 0) {
                break;
            }
            // random hex compresses to half: two characters per free byte over-fill the free blocks
            String create = round == 0 ? "CREATE TABLE meta.retention_wipe AS " : "INSERT INTO meta.retention_wipe ";
            dsl.execute(create + "SELECT md5(random()::VARCHAR) || md5(random()::VARCHAR) AS filler FROM range("
                    + Math.max(1, freeBytes / 32) + ")");
            dsl.execute("CHECKPOINT");
            wipedBytes += freeBytes;
        }
        dsl.execute("DROP TABLE IF EXISTS meta.retention_wipe");
        dsl.execute("CHECKPOINT");
        dsl.update(HR_RETENTION).set(HR_RETENTION.WIPED, true).execute();
        log.info(
                "Retention: {} MB of freed file blocks overwritten in {} ms",
                wipedBytes / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
    }

    private long freeBytes() {
        Record size = dsl.fetchSingle("SELECT block_size, free_blocks FROM pragma_database_size() "
                + "WHERE database_name = current_database()");
        return size.get(0, Long.class) * size.get(1, Long.class);
    }

    /** The oldest month of the person-level rows kept (staffing or sick leave); empty when there are none. */
    public Optional<YearMonth> oldestPersonLevelMonth() {
        LocalDate staffing =
                dsl.select(DSL.min(STAFFING.MONTH)).from(STAFFING).fetchSingle().value1();
        LocalDate sickLeave = dsl.select(DSL.min(SICK_LEAVE.DATE))
                .from(SICK_LEAVE)
                .fetchSingle()
                .value1();
        LocalDate oldest =
                staffing == null ? sickLeave : sickLeave == null || staffing.isBefore(sickLeave) ? staffing : sickLeave;
        return Optional.ofNullable(oldest).map(YearMonth::from);
    }

    /** What {@code status} says about retention. */
    public Status status(YearMonth current) {
        Optional<YearMonth> oldest = oldestPersonLevelMonth();
        String warning = properties.hrMonths() == null
                        && oldest.isPresent()
                        && oldest.get().isBefore(current.minusYears(WARN_AFTER_YEARS))
                ? "person-level HR rows go back to " + oldest.get() + ", more than " + WARN_AFTER_YEARS
                        + " years, and no horizon is set: set nyckeltal.retention.hr-months to erase them"
                : null;
        return new Status(
                properties.hrMonths(),
                properties.keptFrom(current).orElse(null),
                erasedBefore().orElse(null),
                oldest.orElse(null),
                warning);
    }

    /**
     * @param hrMonths   the configured horizon in months; null: everything is kept
     * @param keptFrom   the first month the horizon keeps now; null without a horizon
     * @param erasedBefore the first month kept by the last erase (earlier months are frozen); null: none yet
     * @param oldestKept the oldest month of the person-level rows in the warehouse; null: none
     * @param warning    one line when person-level rows older than five years are kept without a horizon
     */
    public record Status(
            Integer hrMonths, YearMonth keptFrom, YearMonth erasedBefore, YearMonth oldestKept, String warning) {}
}
