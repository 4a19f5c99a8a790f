package se.nyckeltal.indicators;

import static org.jooq.impl.DSL.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jooq.Cursor;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.nyckeltal.indicators.disclosure.Cell;
import se.nyckeltal.indicators.disclosure.ComplementarySuppression;
import se.nyckeltal.indicators.disclosure.DisclosureProblem;
import se.nyckeltal.indicators.disclosure.Suppression;
import se.nyckeltal.warehouse.SqlRunner;
import se.nyckeltal.warehouse.SqlScript;

/**
 * Gives {@code report.indicator_values} its HR rows with disclosure control, for every period
 * at once: the cells and relations come from the models {@code report.disclosure_node} and
 * {@code report.disclosure_relation_of}, {@link ComplementarySuppression} decides the pattern,
 * and {@code scripts/disclosure/write_hr_indicator_values.sql} rewrites the rows from
 * {@code core.hr_indicator_value} with it. Deciding the pattern over all periods every time is
 * what makes a nightly load give the pattern of a full recomputation: a new month changes the
 * sums of its year and rolling years, and with them what earlier cells give away.
 */
final class DisclosureControl {

    private static final Logger LOG = LoggerFactory.getLogger(DisclosureControl.class);

    private final SqlScript pinNodes = SqlScript.load("scripts/disclosure/pin_disclosure_nodes.sql");
    private final SqlScript writeHrIndicatorValues = SqlScript.load("scripts/disclosure/write_hr_indicator_values.sql");

    private final ComplementarySuppression suppression;

    DisclosureControl(int disclosureLimit) {
        this.suppression = new ComplementarySuppression(disclosureLimit);
    }

    /** What the pass withheld. */
    record Summary(long cells, long primary, long complementary, int unresolved) {}

    /** Runs in the caller's transaction, with no scan range set (the pattern spans all data). */
    Summary apply(SqlRunner session) {
        long started = System.nanoTime();
        session.run(pinNodes);
        try {
            long pinned = System.nanoTime();
            DisclosureProblem problem = readCells(session);
            readRelations(session, problem);
            long read = System.nanoTime();
            ComplementarySuppression.Result result = suppression.suppress(problem);
            long decided = System.nanoTime();
            writePattern(session, result.pattern());
            session.run(writeHrIndicatorValues);
            LOG.debug(
                    "Disclosure control: cells pinned in {} ms, cells and relations read in {} ms, pattern "
                            + "decided in {} ms, rows written in {} ms",
                    (pinned - started) / 1_000_000,
                    (read - pinned) / 1_000_000,
                    (decided - read) / 1_000_000,
                    (System.nanoTime() - decided) / 1_000_000);
            Summary summary = new Summary(
                    problem.cellCount(),
                    result.count(Suppression.PRIMARY),
                    result.count(Suppression.COMPLEMENTARY),
                    result.unresolved());
            if (summary.unresolved() > 0) {
                LOG.warn(
                        "Disclosure control could not settle {} breach(es) without withholding the "
                                + "administration's total; the data test disclosure_rule_holds counts them",
                        summary.unresolved());
            }
            LOG.info(
                    "Disclosure control: {} cells, {} withheld as primary, {} as complementary, {} passes, {} ms",
                    summary.cells(),
                    summary.primary(),
                    summary.complementary(),
                    result.passes(),
                    (System.nanoTime() - started) / 1_000_000);
            return summary;
        } finally {
            session.dsl()
                    .dropTableIfExists(name("temp", "main", "disclosure_pattern"))
                    .execute();
            session.dsl()
                    .dropTableIfExists(name("temp", "main", "disclosure_node_pinned"))
                    .execute();
        }
    }

    /** The pinned cells, in the order of their cell_index (the problem's indexes). */
    private static DisclosureProblem readCells(SqlRunner session) {
        Map<String, Integer> employeeIds = new HashMap<>();
        DisclosureProblem problem = new DisclosureProblem();
        try (Cursor<Record> cells = session.dsl()
                .resultQuery("SELECT period_type, period, org_level, org_code, population_group, population, "
                        + "employees, publishable FROM disclosure_node_pinned ORDER BY cell_index")
                .fetchLazy()) {
            for (Record cell : cells) {
                problem.add(Cell.of(
                        cell.get(0, String.class),
                        cell.get(1, String.class),
                        cell.get(2, String.class),
                        cell.get(3, String.class),
                        cell.get(4, String.class),
                        cell.get(5, Integer.class),
                        employeeIds(cell.get(6, String[].class), employeeIds),
                        cell.get(7, Boolean.class)));
            }
        }
        return problem;
    }

    private static int[] employeeIds(String[] pseudonyms, Map<String, Integer> ids) {
        if (pseudonyms == null) {
            return null;
        }
        int[] result = new int[pseudonyms.length];
        for (int i = 0; i < pseudonyms.length; i++) {
            result[i] = ids.computeIfAbsent(pseudonyms[i], pseudonym -> ids.size());
        }
        return result;
    }

    /** The relations between the pinned cells, by cell_index, each with its total first. */
    private static void readRelations(SqlRunner session, DisclosureProblem problem) {
        String sql = "SELECT dense_rank() OVER (ORDER BY relation.relation_key) AS relation_number, "
                + "cell.cell_index, relation.is_total "
                + "FROM report.disclosure_relation_of('disclosure_node_pinned') AS relation "
                + "JOIN disclosure_node_pinned AS cell "
                + "USING (period_type, period, org_level, org_code, population_group) "
                + "ORDER BY relation_number, relation.is_total DESC, cell.cell_index";
        try (Cursor<Record> members = session.dsl().resultQuery(sql).fetchLazy()) {
            long relation = -1;
            int total = -1;
            List<Integer> others = new ArrayList<>();
            for (Record member : members) {
                long next = member.get(0, Long.class);
                int cell = member.get(1, Integer.class);
                if (next != relation) {
                    if (relation >= 0) {
                        problem.relate(total, others);
                    }
                    if (!member.get(2, Boolean.class)) {
                        throw new IllegalStateException("a disclosure relation without a total: " + next);
                    }
                    relation = next;
                    total = cell;
                    others = new ArrayList<>();
                } else {
                    others.add(cell);
                }
            }
            if (relation >= 0) {
                problem.relate(total, others);
            }
        }
    }

    /** The withheld cells as (cell_index, suppression), in one statement of two lists. */
    private static void writePattern(SqlRunner session, Suppression[] pattern) {
        StringJoiner cells = new StringJoiner(", ", "[", "]");
        StringJoiner suppressions = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] != null) {
                cells.add(String.valueOf(i));
                suppressions.add(session.literal(pattern[i].name()));
            }
        }
        session.execute("CREATE OR REPLACE TEMPORARY TABLE disclosure_pattern AS "
                + "SELECT CAST(unnest(" + cells + ") AS BIGINT) AS cell_index, "
                + "CAST(unnest(" + suppressions + ") AS VARCHAR) AS suppression");
    }
}
