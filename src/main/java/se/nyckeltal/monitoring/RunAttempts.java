package se.nyckeltal.monitoring;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_RUN;
import static se.nyckeltal.warehouse.jooq.meta.Tables.RUN_ATTEMPT;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The attempts of the commands that change the warehouse ({@code meta.run_attempt}). An attempt
 * is committed when it starts and finished when it ends, so that one whose process died is still
 * there: every command runs under the warehouse lock, one process at a time, so an attempt found
 * RUNNING by the next command is one whose process is gone, and it is recorded as CRASHED.
 */
@Component
public class RunAttempts {

    private static final Logger log = LoggerFactory.getLogger(RunAttempts.class);

    static final String CRASHED_MESSAGE =
            "ended without finishing (pid %d): killed, out of memory, or the machine stopped";

    /** The run of an attempt, through the job instance it ran (written at its discover step). */
    private static final Field<Long> RUN_OF_ATTEMPT = DSL.coalesce(
            RUN_ATTEMPT.RUN_ID,
            DSL.field(DSL.select(LOAD_RUN.RUN_ID)
                    .from(LOAD_RUN)
                    .where(LOAD_RUN.JOB_INSTANCE_ID.eq(RUN_ATTEMPT.JOB_INSTANCE_ID))));

    private final DSLContext dsl;
    private volatile Long current;

    public RunAttempts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records the start of an attempt of {@code command} (committed at once), after closing the crashed ones. */
    public long begin(String command) {
        closeCrashed();
        long pid = ProcessHandle.current().pid();
        long id = dsl.transactionResult(tx -> {
            long next = tx.dsl()
                    .select(DSL.coalesce(DSL.max(RUN_ATTEMPT.ATTEMPT_ID), 0L).plus(1))
                    .from(RUN_ATTEMPT)
                    .fetchSingle()
                    .value1();
            tx.dsl()
                    .insertInto(RUN_ATTEMPT)
                    .set(RUN_ATTEMPT.ATTEMPT_ID, next)
                    .set(RUN_ATTEMPT.COMMAND, command)
                    .set(RUN_ATTEMPT.PID, pid)
                    .set(RUN_ATTEMPT.STARTED_AT, LocalDateTime.now())
                    .set(RUN_ATTEMPT.OUTCOME, AttemptOutcome.RUNNING.name())
                    .execute();
            return next;
        });
        current = id;
        log.info("Attempt {} ({}) started", id, command);
        return id;
    }

    /** The job instance the current attempt runs (called when its job starts). */
    public void ranJobInstance(long jobInstanceId) {
        Long id = current;
        if (id != null) {
            dsl.update(RUN_ATTEMPT)
                    .set(RUN_ATTEMPT.JOB_INSTANCE_ID, jobInstanceId)
                    .where(RUN_ATTEMPT.ATTEMPT_ID.eq(id))
                    .execute();
        }
    }

    /**
     * Records how the attempt ended. Never throws: when the warehouse cannot record it (the disk
     * is full, the file broke), the attempt stays RUNNING and the next command records it as
     * crashed; the command's own error is what the operator must see.
     */
    public void finish(long attemptId, AttemptOutcome outcome, int exitCode, String message) {
        try {
            dsl.update(RUN_ATTEMPT)
                    .set(RUN_ATTEMPT.FINISHED_AT, LocalDateTime.now())
                    .set(RUN_ATTEMPT.OUTCOME, outcome.name())
                    .set(RUN_ATTEMPT.EXIT_CODE, exitCode)
                    .set(RUN_ATTEMPT.MESSAGE, message)
                    .set(RUN_ATTEMPT.RUN_ID, RUN_OF_ATTEMPT)
                    .where(RUN_ATTEMPT.ATTEMPT_ID.eq(attemptId))
                    .execute();
        } catch (RuntimeException e) {
            log.warn("Could not record the outcome of attempt {} ({}): {}", attemptId, outcome, e.getMessage());
        } finally {
            current = null;
        }
    }

    /** Records every attempt still RUNNING as CRASHED (only called under the warehouse lock). */
    public int closeCrashed() {
        var running = dsl.select(RUN_ATTEMPT.ATTEMPT_ID, RUN_ATTEMPT.PID)
                .from(RUN_ATTEMPT)
                .where(RUN_ATTEMPT.OUTCOME.eq(AttemptOutcome.RUNNING.name()))
                .fetch();
        for (var attempt : running) {
            long pid = attempt.value2() == null ? 0 : attempt.value2();
            dsl.update(RUN_ATTEMPT)
                    .set(RUN_ATTEMPT.OUTCOME, AttemptOutcome.CRASHED.name())
                    .set(RUN_ATTEMPT.MESSAGE, CRASHED_MESSAGE.formatted(pid))
                    .set(RUN_ATTEMPT.RUN_ID, RUN_OF_ATTEMPT)
                    .where(RUN_ATTEMPT.ATTEMPT_ID.eq(attempt.value1()))
                    .execute();
            log.warn("Attempt {} {}: recorded as CRASHED", attempt.value1(), CRASHED_MESSAGE.formatted(pid));
        }
        return running.size();
    }

    /** The last {@code limit} attempts, newest first. */
    public List<Attempt> recent(int limit) {
        return dsl.selectFrom(RUN_ATTEMPT)
                .orderBy(RUN_ATTEMPT.ATTEMPT_ID.desc())
                .limit(limit)
                .fetch(RunAttempts::attempt);
    }

    /** The newest attempt of any command, or null. */
    public Attempt last() {
        return recent(1).stream().findFirst().orElse(null);
    }

    /** The newest attempt of {@code command} that succeeded, or null. */
    public Attempt lastSuccess(String command) {
        return dsl.selectFrom(RUN_ATTEMPT)
                .where(RUN_ATTEMPT.COMMAND.eq(command))
                .and(RUN_ATTEMPT.OUTCOME.eq(AttemptOutcome.SUCCEEDED.name()))
                .orderBy(RUN_ATTEMPT.ATTEMPT_ID.desc())
                .limit(1)
                .fetchOptional(RunAttempts::attempt)
                .orElse(null);
    }

    private static Attempt attempt(Record row) {
        var attempt = row.into(RUN_ATTEMPT);
        return new Attempt(
                attempt.getAttemptId(),
                attempt.getCommand(),
                attempt.getPid(),
                attempt.getStartedAt(),
                attempt.getFinishedAt(),
                AttemptOutcome.valueOf(attempt.getOutcome()),
                attempt.getExitCode(),
                attempt.getRunId(),
                attempt.getMessage());
    }
}
