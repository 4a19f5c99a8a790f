-- Which load run belongs to which Spring Batch job instance. Written in the same transaction
-- as the run's plan (meta.load_file), so that a restarted job always finds its run, even when
-- the process was killed before Spring Batch saved the job's execution context.
CREATE TABLE IF NOT EXISTS meta.load_run (
    run_id          BIGINT    NOT NULL PRIMARY KEY,
    job_instance_id BIGINT    NOT NULL,
    input_folder    VARCHAR   NOT NULL,
    started_at      TIMESTAMP NOT NULL
);
