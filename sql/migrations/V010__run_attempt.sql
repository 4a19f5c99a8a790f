-- Every attempt of a command that changes the warehouse (`load`, scheduled or not, and
-- `indicators`), written and committed when it starts and finished when it ends. An attempt
-- still RUNNING when the next command takes the warehouse lock never finished: its process
-- was killed, ran out of memory or the machine stopped; it is then recorded as CRASHED.
-- `status`, `history` and the metrics file read it (report.load_runs only knows runs whose
-- files were merged, not attempts that failed before or crashed half-way).
CREATE TABLE IF NOT EXISTS meta.run_attempt (
    attempt_id       BIGINT    NOT NULL PRIMARY KEY,
    command          VARCHAR   NOT NULL,
    pid              BIGINT,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    -- RUNNING, SUCCEEDED (exit 0), FILES_FAILED (done, a file failed: exit 2),
    -- FAILED (the command could not do its work: exit 2), CRASHED (never finished)
    outcome          VARCHAR   NOT NULL,
    exit_code        INTEGER,
    -- the load run it worked on and its Spring Batch job instance (a resumed run has several attempts)
    run_id           BIGINT,
    job_instance_id  BIGINT,
    message          VARCHAR
);

-- The runs recorded before attempts were: one finished attempt each, so that `history` keeps them.
INSERT INTO meta.run_attempt (attempt_id, command, pid, started_at, finished_at, outcome, exit_code, run_id, message)
SELECT row_number() OVER (ORDER BY run_id), 'load', NULL, min(started_at), max(finished_at),
       CASE WHEN count(*) FILTER (WHERE status = 'FAILED') > 0 THEN 'FILES_FAILED' ELSE 'SUCCEEDED' END,
       CASE WHEN count(*) FILTER (WHERE status = 'FAILED') > 0 THEN 2 ELSE 0 END,
       run_id, 'recorded before attempts were'
FROM report.load_runs
WHERE NOT EXISTS (SELECT 1 FROM meta.run_attempt)
GROUP BY run_id
HAVING min(started_at) IS NOT NULL;
