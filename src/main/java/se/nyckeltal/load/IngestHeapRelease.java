package se.nyckeltal.load;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Hands the heap the ingest step grew back to the operating system before the merge.
 *
 * <p>Parsing millions of rows on every core makes G1 grow the heap (measured: 390–530 MB committed
 * after a 16-million-row ingest, 40 MB of it live), and it keeps it committed while DuckDB, in native memory, does the
 * memory-heavy part: the merge and the recomputation. A full collection shrinks the committed heap
 * to a few times the live data (tens of MB once the files are done), so the process's peak is
 * DuckDB's limit plus a small heap instead of the sum of both peaks. One collection per run, about
 * a tenth of a second.
 */
public class IngestHeapRelease implements StepExecutionListener {

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        System.gc(); // NOSONAR: deliberate, see the class comment
        return null;
    }
}
