package se.nyckeltal.indicators;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.nyckeltal.indicators.disclosure.Cell;
import se.nyckeltal.indicators.disclosure.ComplementarySuppression;
import se.nyckeltal.indicators.disclosure.DisclosureProblem;
import se.nyckeltal.indicators.disclosure.Suppression;
import se.nyckeltal.warehouse.SqlScript;

/**
 * Gives {@code report.indicator_values} its HR rows with disclosure control, for every period
 * at once: the cells and relations come from the models {@code report.disclosure_node} and
 * {@code report.disclosure_relation_of}, {@link ComplementarySuppression} decides the pattern,
 * and {@code report/write_hr_indicator_values.sql} rewrites the rows from
 * {@code core.hr_indicator_value} with it. Deciding the pattern over all periods every time is
 * what makes a nightly load give the pattern of a full recomputation: a new month changes the
 * sums of its year and rolling years, and with them what earlier cells give away.
 */
final class DisclosureControl {

    private static final Logger LOG = LoggerFactory.getLogger(DisclosureControl.class);

    static final String PIN_NODES = "report/pin_disclosure_nodes.sql";
    static final String WRITE_HR_INDICATOR_VALUES = "report/write_hr_indicator_values.sql";

    private final ComplementarySuppression suppression;

    DisclosureControl(int disclosureLimit) {
        this.suppression = new ComplementarySuppression(disclosureLimit);
    }

    /** What the pass withheld. */
    record Summary(long cells, long primary, long complementary, int unresolved) {}

    /** Runs in the caller's transaction, with no scan range set (the pattern spans all data). */
    Summary apply(DuckDbSession session) {
        long started = System.nanoTime();
        session.run(SqlScript.load(PIN_NODES));
        try {
            long pinned = System.nanoTime();
            DisclosureProblem problem = readCells(session);
            readRelations(session, problem);
            long read = System.nanoTime();
            ComplementarySuppression.Result result = suppression.suppress(problem);
            long decided = System.nanoTime();
            writePattern(session, result.pattern());
            session.run(SqlScript.load(WRITE_HR_INDICATOR_VALUES));
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
            session.execute("DROP TABLE IF EXISTS temp.main.disclosure_pattern");
            session.execute("DROP TABLE IF EXISTS temp.main.disclosure_node_pinned");
        }
    }

    /** The pinned cells, in the order of their cell_index (the problem's indexes). */
    private static DisclosureProblem readCells(DuckDbSession session) {
        String sql = "SELECT period_type, period, org_level, org_code, population_group, population, employees, "
                + "publishable FROM disclosure_node_pinned ORDER BY cell_index";
        Map<String, Integer> employeeIds = new HashMap<>();
        DisclosureProblem problem = new DisclosureProblem();
        try (Statement statement = session.connection().createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                int[] employees = employeeIds(result.getArray(7), employeeIds);
                problem.add(Cell.of(
                        result.getString(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        result.getString(5),
                        result.getInt(6),
                        employees,
                        result.getBoolean(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the disclosure cells: " + e.getMessage(), e);
        }
        return problem;
    }

    private static int[] employeeIds(Array employees, Map<String, Integer> ids) throws SQLException {
        if (employees == null) {
            return null;
        }
        Object[] pseudonyms = (Object[]) employees.getArray();
        int[] result = new int[pseudonyms.length];
        for (int i = 0; i < pseudonyms.length; i++) {
            result[i] = ids.computeIfAbsent((String) pseudonyms[i], pseudonym -> ids.size());
        }
        return result;
    }

    /** The relations between the pinned cells, by cell_index, each with its total first. */
    private static void readRelations(DuckDbSession session, DisclosureProblem problem) {
        String sql = "SELECT dense_rank() OVER (ORDER BY r.relation_key) AS relation, n.cell_index, r.is_total "
                + "FROM report.disclosure_relation_of('disclosure_node_pinned') AS r "
                + "JOIN disclosure_node_pinned AS n "
                + "USING (period_type, period, org_level, org_code, population_group) "
                + "ORDER BY relation, r.is_total DESC, n.cell_index";
        try (Statement statement = session.connection().createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            long relation = -1;
            int total = -1;
            List<Integer> members = new ArrayList<>();
            while (result.next()) {
                long next = result.getLong(1);
                int cell = result.getInt(2);
                if (next != relation) {
                    if (relation >= 0) {
                        problem.relate(total, members);
                    }
                    if (!result.getBoolean(3)) {
                        throw new IllegalStateException("a disclosure relation without a total: " + next);
                    }
                    relation = next;
                    total = cell;
                    members = new ArrayList<>();
                } else {
                    members.add(cell);
                }
            }
            if (relation >= 0) {
                problem.relate(total, members);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the disclosure relations: " + e.getMessage(), e);
        }
    }

    /** The withheld cells as (cell_index, suppression), in one statement of two lists. */
    private static void writePattern(DuckDbSession session, Suppression[] pattern) {
        StringJoiner cells = new StringJoiner(", ", "[", "]");
        StringJoiner suppressions = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] != null) {
                cells.add(String.valueOf(i));
                suppressions.add(DuckDbSession.literal(pattern[i].name()));
            }
        }
        session.execute("CREATE OR REPLACE TEMPORARY TABLE disclosure_pattern AS "
                + "SELECT CAST(unnest(" + cells + ") AS BIGINT) AS cell_index, "
                + "CAST(unnest(" + suppressions + ") AS VARCHAR) AS suppression");
    }
}
