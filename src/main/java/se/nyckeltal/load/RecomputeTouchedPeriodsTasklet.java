package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.DIRTY_MONTHS;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.nyckeltal.indicators.IndicatorRecomputation;

/**
 * Step 4 of the load: recomputes the indicators of the months the merges touched (and the
 * YEAR and R12 periods containing them), in one transaction with clearing the touched months —
 * including any left by an earlier run that never got this far.
 */
public class RecomputeTouchedPeriodsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RecomputeTouchedPeriodsTasklet.class);

    private final DSLContext dsl;
    private final IndicatorRecomputation recomputation;

    public RecomputeTouchedPeriodsTasklet(DSLContext dsl, IndicatorRecomputation recomputation) {
        this.dsl = dsl;
        this.recomputation = recomputation;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Record2<LocalDate, LocalDate> touched = dsl.select(
                        DSL.min(DIRTY_MONTHS.FROM_MONTH), DSL.max(DIRTY_MONTHS.TO_MONTH))
                .from(DIRTY_MONTHS)
                .fetchSingle();
        if (touched.value1() == null) {
            log.info("No new data: indicators unchanged");
            return RepeatStatus.FINISHED;
        }
        YearMonth from = YearMonth.from(touched.value1());
        YearMonth to = YearMonth.from(touched.value2());
        log.info("Recomputing indicators of periods overlapping {}..{}", from, to);
        recomputation.recompute(dsl, from, to);
        dsl.deleteFrom(DIRTY_MONTHS).execute();
        return RepeatStatus.FINISHED;
    }
}
