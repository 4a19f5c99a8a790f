package se.nyckeltal;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Isolation;

/**
 * Spring Batch's job repository lives in the warehouse file itself, so that a step's data and
 * its batch metadata commit in the same DuckDB transaction and a restart resumes exactly.
 * Spring Batch cannot detect DuckDB: it runs with the PostgreSQL dialect (whose schema,
 * {@code sql/migrations/V002__batch_job_repository.sql}, DuckDB accepts unchanged), and at
 * the default isolation level, as DuckDB's driver cannot set another.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(databaseType = "POSTGRES", isolationLevelForCreate = Isolation.DEFAULT)
public class BatchConfiguration {}
