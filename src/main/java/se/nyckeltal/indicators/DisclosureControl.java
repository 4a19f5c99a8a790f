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
    private static final int PATTERN_ROWS_PER_INSERT = 500;

    private final ComplementarySuppression suppression;

    DisclosureControl(int disclosureLimit) {
        this.suppression = new ComplementarySuppression(disclosureLimit);
    }

    /** What the pass withheld. */
    record Summary(long cells, long primary, long complementary, int unresolved) {
    }

    /** Runs in the caller's transaction, with no scan range set (the pattern spans all data). */
    Summary apply(DuckDbSession session) {
        long started = System.nanoTime();
        session.run(SqlScript.load(PIN_NODES));
        try {
            long pinned = System.nanoTime();
            List<CellRow> rows = readCells(session);
            DisclosureProblem problem = problemOf(session, rows);
            long read = System.nanoTime();
            ComplementarySuppression.Result result = suppression.suppress(problem);
            long decided = System.nanoTime();
            writePattern(session, rows, result.pattern());
            session.run(SqlScript.load(WRITE_HR_INDICATOR_VALUES));
            LOG.debug("Disclosure control: cells pinned in {} ms, cells and relations read in {} ms, pattern "
                    + "decided in {} ms, rows written in {} ms", (pinned - started) / 1_000_000,
                    (read - pinned) / 1_000_000, (decided - read) / 1_000_000,
                    (System.nanoTime() - decided) / 1_000_000);
            Summary summary = new Summary(rows.size(), result.count(Suppression.PRIMARY),
                    result.count(Suppression.COMPLEMENTARY), result.unresolved());
            if (summary.unresolved() > 0) {
                LOG.warn("Disclosure control could not settle {} breach(es) without withholding the "
                        + "administration's total; the data test disclosure_rule_holds counts them",
                        summary.unresolved());
            }
            LOG.info("Disclosure control: {} cells, {} withheld as primary, {} as complementary, {} passes, {} ms",
                    summary.cells(), summary.primary(), summary.complementary(), result.passes(),
                    (System.nanoTime() - started) / 1_000_000);
            return summary;
        } finally {
            session.execute("DROP TABLE IF EXISTS temp.main.disclosure_pattern");
            session.execute("DROP TABLE IF EXISTS temp.main.disclosure_node_pinned");
        }
    }

    /** One row of the pinned nodes, with its key columns for writing the pattern back. */
    private record CellRow(String periodType, String period, String orgLevel, String orgCode, String group, Cell cell) {
    }

    private static List<CellRow> readCells(DuckDbSession session) {
        String sql = "SELECT period_type, period, org_level, org_code, population_group, population, employees, "
                + "publishable FROM disclosure_node_pinned "
                + "ORDER BY period_type, period, org_level, org_code, population_group";
        Map<String, Integer> employeeIds = new HashMap<>();
        List<CellRow> rows = new ArrayList<>();
        try (Statement statement = session.connection().createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                String periodType = result.getString(1);
                String period = result.getString(2);
                String orgLevel = result.getString(3);
                String orgCode = result.getString(4);
                String group = result.getString(5);
                int[] employees = employeeIds(result.getArray(7), employeeIds);
                Cell cell = Cell.of(periodType, period, orgLevel, orgCode, group, result.getInt(6), employees,
                        result.getBoolean(8));
                rows.add(new CellRow(periodType, period, orgLevel, orgCode, group, cell));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the disclosure cells: " + e.getMessage(), e);
        }
        return rows;
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

    private static DisclosureProblem problemOf(DuckDbSession session, List<CellRow> rows) {
        DisclosureProblem problem = new DisclosureProblem();
        rows.forEach(row -> problem.add(row.cell()));
        String sql = "SELECT relation_key, concat_ws('|', period_type, period, org_level, org_code, population_group), "
                + "is_total FROM report.disclosure_relation_of('disclosure_node_pinned') "
                + "ORDER BY relation_key, is_total DESC, period_type, period, org_level, org_code, population_group";
        try (Statement statement = session.connection().createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            String relation = null;
            int total = -1;
            List<Integer> members = new ArrayList<>();
            while (result.next()) {
                String key = result.getString(1);
                int cell = problem.indexOf(result.getString(2));
                if (cell < 0) {
                    throw new IllegalStateException("relation " + key + " names a cell that is not pinned: "
                            + result.getString(2));
                }
                if (!key.equals(relation)) {
                    if (relation != null) {
                        problem.relate(relation, total, members);
                    }
                    relation = key;
                    total = cell;
                    members = new ArrayList<>();
                    if (!result.getBoolean(3)) {
                        throw new IllegalStateException("relation " + key + " has no total");
                    }
                } else {
                    members.add(cell);
                }
            }
            if (relation != null) {
                problem.relate(relation, total, members);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the disclosure relations: " + e.getMessage(), e);
        }
        return problem;
    }

    private static void writePattern(DuckDbSession session, List<CellRow> rows, Suppression[] pattern) {
        session.execute("CREATE OR REPLACE TEMPORARY TABLE disclosure_pattern (period_type VARCHAR, period VARCHAR, "
                + "org_level VARCHAR, org_code VARCHAR, population_group VARCHAR, suppression VARCHAR)");
        StringJoiner values = null;
        int inBatch = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (pattern[i] == null) {
                continue;
            }
            CellRow row = rows.get(i);
            if (values == null) {
                values = new StringJoiner(", ", "INSERT INTO disclosure_pattern VALUES ", "");
            }
            values.add("(" + String.join(", ", DuckDbSession.literal(row.periodType()),
                    DuckDbSession.literal(row.period()), DuckDbSession.literal(row.orgLevel()),
                    DuckDbSession.literal(row.orgCode()), DuckDbSession.literal(row.group()),
                    DuckDbSession.literal(pattern[i].name())) + ")");
            if (++inBatch == PATTERN_ROWS_PER_INSERT) {
                session.execute(values.toString());
                values = null;
                inBatch = 0;
            }
        }
        if (values != null) {
            session.execute(values.toString());
        }
    }
}
