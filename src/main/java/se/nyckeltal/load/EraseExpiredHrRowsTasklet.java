package se.nyckeltal.load;

import java.time.YearMonth;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 5 of the load: with {@code nyckeltal.retention.hr-months} set, erases the person-level HR rows
 * of the months before the horizon and freezes the indicator values that needed them, in one
 * transaction (the step's), after step 4 recomputed the touched periods with every month still
 * there. Run again on a restart: an erase that did not commit left nothing behind.
 */
public class EraseExpiredHrRowsTasklet implements Tasklet {

    private final HrRetention retention;

    public EraseExpiredHrRowsTasklet(HrRetention retention) {
        this.retention = retention;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        retention.eraseExpired(YearMonth.now());
        return RepeatStatus.FINISHED;
    }
}
