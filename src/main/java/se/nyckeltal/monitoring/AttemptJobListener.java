package se.nyckeltal.monitoring;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ties the current attempt to the job instance it runs, when the job starts: through it an
 * attempt finds its load run, even when its process dies before the attempt is finished.
 */
@Component
public class AttemptJobListener implements JobExecutionListener {

    private final RunAttempts attempts;

    public AttemptJobListener(RunAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        attempts.ranJobInstance(jobExecution.getJobInstance().getInstanceId());
    }
}
