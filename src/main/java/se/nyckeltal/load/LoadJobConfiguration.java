package se.nyckeltal.load;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import se.nyckeltal.indicators.IndicatorRecomputation;
import se.nyckeltal.monitoring.AttemptJobListener;
import se.nyckeltal.warehouse.Pseudonymizer;
import se.nyckeltal.warehouse.StagingDatabase;

/**
 * The nightly {@code load} job: discover → ingest (one partition per thread, each taking the next
 * pending file) → merge (in load order, a bounded number of rows per transaction) → recompute the
 * touched periods → erase the person-level HR rows older than the retention horizon, if one is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoadProperties.class, RetentionProperties.class})
public class LoadJobConfiguration {

    public static final String JOB_NAME = "load";
    public static final String INPUT_PARAMETER = "input";
    /** The run of a step's job is found through its job instance (see {@link LoadRuns}). */
    private static final String JOB_INSTANCE_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

    @Bean
    public Job loadJob(
            JobRepository jobRepository,
            Step discoverStep,
            Step ingestStep,
            Step mergeStep,
            Step recomputeTouchedPeriodsStep,
            Step eraseExpiredHrRowsStep,
            AttemptJobListener attemptJobListener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(attemptJobListener)
                .start(discoverStep)
                .next(ingestStep)
                .next(mergeStep)
                .next(recomputeTouchedPeriodsStep)
                .next(eraseExpiredHrRowsStep)
                .build();
    }

    @Bean
    public Step discoverStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            DiscoverFilesTasklet discoverFilesTasklet) {
        return new StepBuilder("discover", jobRepository)
                .tasklet(discoverFilesTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public DiscoverFilesTasklet discoverFilesTasklet(
            DSLContext dsl, @Value("#{jobParameters['" + INPUT_PARAMETER + "']}") String input) {
        return new DiscoverFilesTasklet(dsl, Path.of(input));
    }

    @Bean
    public Step ingestStep(
            JobRepository jobRepository,
            Step ingestFilesStep,
            IngestWorkerPartitioner ingestWorkerPartitioner,
            @Qualifier("ingestTaskExecutor") TaskExecutor ingestTaskExecutor,
            LoadProperties properties,
            LoadProgress loadProgress) {
        // Started again on every restart: the run's unmerged files are ingested again (their staged
        // rows were in memory, see IngestWorkerPartitioner).
        return new StepBuilder("ingest", jobRepository)
                .allowStartIfComplete(true)
                .listener(loadProgress)
                .listener(new IngestHeapRelease())
                .partitioner("ingestFiles", ingestWorkerPartitioner)
                .step(ingestFilesStep)
                .taskExecutor(ingestTaskExecutor)
                .gridSize(properties.threads())
                .build();
    }

    @Bean
    @StepScope
    public IngestWorkerPartitioner ingestWorkerPartitioner(
            DSLContext dsl,
            StagingDatabase stagingDatabase,
            PendingFiles pendingFiles,
            LoadProgress loadProgress,
            @Value(JOB_INSTANCE_ID) Long jobInstanceId) {
        return new IngestWorkerPartitioner(
                dsl, stagingDatabase, LoadRuns.requireRunIdOf(dsl, jobInstanceId), pendingFiles, loadProgress);
    }

    @Bean
    public PendingFiles pendingFiles() {
        return new PendingFiles();
    }

    @Bean
    public LoadProgress loadProgress() {
        return new LoadProgress();
    }

    @Bean
    public TaskExecutor ingestTaskExecutor(LoadProperties properties) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(properties.threads());
        return executor;
    }

    @Bean
    public Step ingestFilesStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            IngestFileTasklet ingestFileTasklet) {
        // A worker that completed is started again on a restart: it only takes what is still pending.
        return new StepBuilder("ingestFiles", jobRepository)
                .tasklet(ingestFileTasklet, transactionManager)
                .listener((StepExecutionListener) ingestFileTasklet)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    public IngestFileTasklet ingestFileTasklet(
            DSLContext dsl,
            FileIngester fileIngester,
            PendingFiles pendingFiles,
            StagingDatabase stagingDatabase,
            OutOfMemoryAttempts outOfMemoryAttempts,
            @Value("#{jobParameters['" + INPUT_PARAMETER + "']}") String input) {
        return new IngestFileTasklet(
                dsl, fileIngester, Path.of(input), pendingFiles, stagingDatabase, outOfMemoryAttempts);
    }

    @Bean
    public OutOfMemoryAttempts outOfMemoryAttempts(DataSource dataSource) {
        return new OutOfMemoryAttempts(dataSource);
    }

    @Bean
    public FileIngester fileIngester(
            DataSource dataSource,
            LoadProperties properties,
            @Lazy Pseudonymizer pseudonymizer,
            LoadProgress loadProgress) {
        return new FileIngester(dataSource, properties, pseudonymizer, loadProgress);
    }

    @Bean
    public Step mergeStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            MergeFilesTasklet mergeFilesTasklet) {
        return new StepBuilder("merge", jobRepository)
                .tasklet(mergeFilesTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public MergeFilesTasklet mergeFilesTasklet(
            DSLContext dsl,
            StagingDatabase stagingDatabase,
            LoadProperties properties,
            @Value(JOB_INSTANCE_ID) Long jobInstanceId) {
        return new MergeFilesTasklet(
                dsl,
                stagingDatabase,
                LoadRuns.requireRunIdOf(dsl, jobInstanceId),
                properties.mergeRowsPerTransaction());
    }

    @Bean
    public Step recomputeTouchedPeriodsStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            RecomputeTouchedPeriodsTasklet recomputeTouchedPeriodsTasklet) {
        return new StepBuilder("recomputeTouchedPeriods", jobRepository)
                .tasklet(recomputeTouchedPeriodsTasklet, transactionManager)
                .build();
    }

    @Bean
    public RecomputeTouchedPeriodsTasklet recomputeTouchedPeriodsTasklet(
            DSLContext dsl, IndicatorRecomputation indicatorRecomputation) {
        return new RecomputeTouchedPeriodsTasklet(dsl, indicatorRecomputation);
    }

    @Bean
    public Step eraseExpiredHrRowsStep(
            JobRepository jobRepository, PlatformTransactionManager transactionManager, HrRetention hrRetention) {
        return new StepBuilder("eraseExpiredHrRows", jobRepository)
                .tasklet(new EraseExpiredHrRowsTasklet(hrRetention), transactionManager)
                .build();
    }
}
