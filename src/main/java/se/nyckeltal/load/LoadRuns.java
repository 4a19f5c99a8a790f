package se.nyckeltal.load;

import static se.nyckeltal.warehouse.jooq.meta.Tables.LOAD_RUN;

import org.jooq.DSLContext;

/** The load run of a job instance ({@code meta.load_run}). */
final class LoadRuns {

    private LoadRuns() {}

    /** The run of the job instance, or null before its discover step has committed. */
    static Long runIdOf(DSLContext dsl, long jobInstanceId) {
        return dsl.select(LOAD_RUN.RUN_ID)
                .from(LOAD_RUN)
                .where(LOAD_RUN.JOB_INSTANCE_ID.eq(jobInstanceId))
                .fetchOne(LOAD_RUN.RUN_ID);
    }

    static long requireRunIdOf(DSLContext dsl, long jobInstanceId) {
        Long runId = runIdOf(dsl, jobInstanceId);
        if (runId == null) {
            throw new IllegalStateException("no load run recorded for job instance " + jobInstanceId);
        }
        return runId;
    }
}
