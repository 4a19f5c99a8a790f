package se.nyckeltal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import se.nyckeltal.explain.ExplainRequest;
import se.nyckeltal.explain.Explainer;
import se.nyckeltal.explain.PeriodSpec;
import se.nyckeltal.explain.ReadOnlyWarehouse;

/**
 * The work of {@code explain} without the JVM's start: opens a warehouse read-only, explains a few
 * values (first cold, then again), and prints the wall-clock and this thread's CPU time of each
 * (DuckDB's own threads not included in the CPU figure). Usage:
 * {@code java -cp target/test-classes:target/nyckeltal.jar:target/lib/* se.nyckeltal.bench.ExplainTiming FILE}
 */
public final class ExplainTiming {

    private static final List<ExplainRequest> REQUESTS = List.of(
            new ExplainRequest("EKO_CUST_INV_PER_FTE_MONTH", PeriodSpec.parse("2017"), "ALL", "T"),
            new ExplainRequest("KC_ANSWERED_60S_PCT", PeriodSpec.parse("R12:2017-10"), "ALL", "T"),
            new ExplainRequest("LON_PAYSLIP_COUNT", PeriodSpec.parse("2016"), "LON", "T"),
            new ExplainRequest("HR_SICK_LEAVE_PCT", PeriodSpec.parse("2016"), "ALL", "T"),
            new ExplainRequest("HR_SICK_LEAVE_PCT", PeriodSpec.parse("R12:2017-10"), "ALL", "K"));

    private ExplainTiming() {}

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 2; round++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            try (ReadOnlyWarehouse file = ReadOnlyWarehouse.open(Path.of(args[0]), Duration.ZERO)) {
                Explainer explainer = new Explainer(file.dsl());
                System.out.printf("round %d: open %d ms%n", round, (System.nanoTime() - wall) / 1_000_000);
                for (ExplainRequest request : REQUESTS) {
                    long started = System.nanoTime();
                    long startedCpu = threads.getCurrentThreadCpuTime();
                    var explanation = explainer.explain(request);
                    System.out.printf(
                            "  %-28s %-16s %-5s %s: %5d ms wall, %5d ms cpu, %d deliveries%n",
                            request.indicatorCode(),
                            request.period(),
                            request.org(),
                            request.gender(),
                            (System.nanoTime() - started) / 1_000_000,
                            (threads.getCurrentThreadCpuTime() - startedCpu) / 1_000_000,
                            explanation.deliveries().size());
                }
            }
            System.out.printf(
                    "round %d: %d ms wall, %d ms cpu (this thread)%n",
                    round,
                    (System.nanoTime() - wall) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }
}
