package se.nyckeltal.indicators;

import java.time.YearMonth;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;
import se.nyckeltal.failure.JobNotCompletedException;
import se.nyckeltal.warehouse.SnapshotPublisher;

/** Runs the {@code indicators} job for a window of months (open ends allowed). */
@Component
public class IndicatorsRunner {

    private final JobOperator jobOperator;
    private final Job indicatorsJob;
    private final SnapshotPublisher publisher;

    public IndicatorsRunner(JobOperator jobOperator, Job indicatorsJob, SnapshotPublisher publisher) {
        this.jobOperator = jobOperator;
        this.indicatorsJob = indicatorsJob;
        this.publisher = publisher;
    }

    public void run(YearMonth from, YearMonth to) throws Exception {
        JobParametersBuilder parameters = new JobParametersBuilder().addLong("started", System.currentTimeMillis());
        if (from != null || to != null) {
            // An open end reaches as far as the data does.
            parameters.addString(
                    IndicatorsJobConfiguration.FROM_PARAMETER,
                    (from == null ? YearMonth.of(1900, 1) : from).toString());
            parameters.addString(
                    IndicatorsJobConfiguration.TO_PARAMETER, (to == null ? YearMonth.of(2999, 12) : to).toString());
        }
        JobExecution execution = jobOperator.start(indicatorsJob, parameters.toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw JobNotCompletedException.of("The recomputation", execution);
        }
        publisher.publish();
    }
}
