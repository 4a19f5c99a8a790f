package se.nyckeltal.indicators;

import java.time.YearMonth;
import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The on-demand {@code indicators} job: one step that recomputes the periods overlapping
 * [from, to] (everything without them) in one transaction.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorsJobConfiguration {

    public static final String JOB_NAME = "indicators";
    public static final String FROM_PARAMETER = "from";
    public static final String TO_PARAMETER = "to";

    @Bean
    public Job indicatorsJob(JobRepository jobRepository, Step recomputeIndicatorsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(recomputeIndicatorsStep)
                .build();
    }

    @Bean
    public Step recomputeIndicatorsStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            Tasklet recomputeIndicatorsTasklet) {
        return new StepBuilder("recomputeIndicators", jobRepository)
                .tasklet(recomputeIndicatorsTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public Tasklet recomputeIndicatorsTasklet(
            DSLContext dsl,
            IndicatorRecomputation recomputation,
            @Value("#{jobParameters['" + FROM_PARAMETER + "']}") String from,
            @Value("#{jobParameters['" + TO_PARAMETER + "']}") String to) {
        return (contribution, chunkContext) -> {
            recomputation.recompute(
                    dsl, from == null ? null : YearMonth.parse(from), to == null ? null : YearMonth.parse(to));
            return RepeatStatus.FINISHED;
        };
    }
}
