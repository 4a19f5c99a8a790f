package se.nyckeltal.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Progress of the ingest step: files and bytes done, rows read, rows per second and the time
 * left. On a terminal one line is redrawn every second; otherwise a line is logged every few
 * seconds, so that a nightly log stays readable.
 */
public class LoadProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);

    private final boolean terminal = System.console() != null;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong filesDone = new AtomicLong();
    private volatile long bytesTotal;
    private volatile long filesTotal;
    private volatile long startedNanos;
    private ScheduledExecutorService ticker;

    /** Called by the ingest of each file as its rows go by (in batches, not per row). */
    public void rowsRead(long count) {
        rows.addAndGet(count);
    }

    public void fileDone(long bytes) {
        bytesDone.addAndGet(bytes);
        filesDone.incrementAndGet();
    }

    public void plan(long files, long bytes) {
        filesTotal = files;
        bytesTotal = bytes;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        reset();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "load-progress");
            thread.setDaemon(true);
            return thread;
        });
        long period = terminal ? 1 : 5;
        ticker.scheduleAtFixedRate(this::report, period, period, TimeUnit.SECONDS);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        ticker.shutdownNow();
        if (terminal) {
            System.out.print("\r" + " ".repeat(100) + "\r");
        }
        log.info("Ingest: {}", line());
        return stepExecution.getExitStatus();
    }

    void reset() {
        rows.set(0);
        bytesDone.set(0);
        filesDone.set(0);
        startedNanos = System.nanoTime();
    }

    private void report() {
        if (terminal) {
            PrintStream out = System.out;
            out.print("\r" + line());
            out.flush();
        } else {
            log.info("Ingest: {}", line());
        }
    }

    String line() {
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        long rowCount = rows.get();
        double share = bytesTotal == 0 ? 1 : (double) bytesDone.get() / bytesTotal;
        String eta = share <= 0 || share >= 1
                ? ""
                : ", about " + format(Duration.ofSeconds(Math.round(seconds / share - seconds))) + " left";
        return String.format(
                Locale.ROOT,
                "%d/%d files, %,d rows, %,.0f rows/s, %.0f %% of bytes%s",
                filesDone.get(),
                filesTotal,
                rowCount,
                rowCount / seconds,
                share * 100,
                eta);
    }

    private static String format(Duration duration) {
        long s = duration.getSeconds();
        return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
    }
}
