package se.nyckeltal.indicators.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which cells to withhold (docs/indicators.md, "Disclosure control"):
 * <ol>
 * <li>primary: every shown cell of at most {@code limit} employees;</li>
 * <li>complementary, until the rule holds: no withheld cell or hidden term of 1..limit employees
 * is known (see {@link KnownCells}), and in every relation whose total is known, the members
 * that are not known cover, together, no employee or more than the limit.</li>
 * </ol>
 * Each pass works out what a reader knows, and for each breach withholds one more shown cell of
 * the relation at fault: the smallest that settles the breach at once, else the smallest (by
 * population, then a unit before its area, a month before its year). The administration's
 * total is never withheld for another cell's sake. A pass withholds at most one cell per
 * relation, so that two breaches of one relation do not both add a cell; the next pass sees the
 * result. The pattern depends only on the problem (no order of loading), so a recomputation
 * after any sequence of loads gives the pattern of a full one.
 */
public final class ComplementarySuppression {

    private static final int MAX_TRACE_DEPTH = 8;

    private final int limit;

    public ComplementarySuppression(int limit) {
        this.limit = limit;
    }

    /**
     * @param pattern     for each cell, why it is withheld, or null when shown (hidden terms: null, never shown)
     * @param unresolved  breaches that no permitted suppression could settle (the audit reports them)
     * @param passes      passes made
     */
    public record Result(Suppression[] pattern, int unresolved, int passes) {

        public long count(Suppression suppression) {
            long count = 0;
            for (Suppression s : pattern) {
                if (s == suppression) {
                    count++;
                }
            }
            return count;
        }
    }

    public Result suppress(DisclosureProblem problem) {
        Pass state = new Pass(problem);
        int passes = 0;
        while (true) {
            passes++;
            Outcome outcome = state.run();
            if (outcome == Outcome.RULE_HOLDS || outcome == Outcome.STUCK) {
                return new Result(state.pattern, outcome == Outcome.STUCK ? state.unresolved : 0, passes);
            }
        }
    }

    private enum Outcome {
        RULE_HOLDS,
        CHANGED,
        STUCK
    }

    /** Withholding {@code withheld} leaves {@code unknownAfter} unknown in the relation at fault. */
    private record Option(int withheld, int unknownAfter) {}

    /** The state between passes: what is shown and why the rest is withheld. */
    private final class Pass {

        private final DisclosureProblem problem;
        private final Suppression[] pattern;
        private final boolean[] shown;
        private final Comparator<Integer> smallestFirst;
        private int[] knownBy;
        private boolean[] touched;
        private int unresolved;

        Pass(DisclosureProblem problem) {
            this.problem = problem;
            int cells = problem.cellCount();
            this.pattern = new Suppression[cells];
            this.shown = new boolean[cells];
            for (int i = 0; i < cells; i++) {
                Cell cell = problem.cell(i);
                if (cell.publishable() && cell.population() <= limit) {
                    pattern[i] = Suppression.PRIMARY;
                } else {
                    shown[i] = cell.publishable();
                }
            }
            this.smallestFirst = Comparator.<Integer>comparingInt(
                            i -> problem.cell(i).population())
                    .thenComparingInt(i -> problem.cell(i).orgRank())
                    .thenComparingInt(i -> problem.cell(i).timeRank())
                    .thenComparingInt(i -> i);
        }

        Outcome run() {
            knownBy = KnownCells.close(problem, shown);
            touched = new boolean[problem.relationCount()];
            unresolved = 0;
            boolean breached = false;
            boolean changed = false;
            for (int r = 0; r < problem.relationCount(); r++) {
                List<Integer> unknownMembers = unknownMembersOfKnownTotal(r);
                if (unknownMembers.isEmpty() || !coversTooFew(unknownMembers)) {
                    continue;
                }
                breached = true;
                if (!touched[r]) {
                    changed |= withhold(cellToWithhold(r, unknownMembers, new HashSet<>(), 0));
                }
            }
            for (int cell = 0; cell < problem.cellCount(); cell++) {
                if (shown[cell] || knownBy[cell] < 0 || problem.cell(cell).population() > limit) {
                    continue;
                }
                breached = true;
                if (!touched[knownBy[cell]]) {
                    changed |= withhold(breakDerivation(cell, new HashSet<>(), 0));
                }
            }
            if (!breached) {
                return Outcome.RULE_HOLDS;
            }
            return changed ? Outcome.CHANGED : Outcome.STUCK;
        }

        /** The members not known of a relation whose total is known; empty when the total is not known. */
        private List<Integer> unknownMembersOfKnownTotal(int r) {
            int[] relation = problem.relation(r);
            if (knownBy[relation[0]] == KnownCells.UNKNOWN) {
                return List.of();
            }
            List<Integer> unknown = new ArrayList<>();
            for (int i = 1; i < relation.length; i++) {
                if (knownBy[relation[i]] == KnownCells.UNKNOWN) {
                    unknown.add(relation[i]);
                }
            }
            return unknown;
        }

        /**
         * A cell to withhold so that a reader of relation r no longer knows the cells in
         * {@code unknown} (their sum, or the one cell, would be given away). The options: each
         * shown cell of r, or, for each cell of r that was withheld or hidden but is worked out
         * from another relation, the cell that would stop that. The smallest that lifts what is
         * unknown above the limit wins, else the smallest; -1 when there is none.
         */
        private int cellToWithhold(int r, List<Integer> unknown, Set<Integer> traced, int depth) {
            List<Option> options = new ArrayList<>();
            for (int cell : problem.relation(r)) {
                if (unknown.contains(cell)) {
                    continue;
                }
                if (shown[cell]) {
                    if (problem.cell(cell).suppressible()) {
                        options.add(new Option(cell, cell));
                    }
                } else if (knownBy[cell] >= 0 && knownBy[cell] != r && depth < MAX_TRACE_DEPTH) {
                    int chosen = breakDerivation(cell, traced, depth + 1);
                    if (chosen >= 0) {
                        options.add(new Option(chosen, cell));
                    }
                }
            }
            // Withholding a cell that another relation gives straight back hides nothing: such
            // cells come last.
            options.sort(Comparator.comparing((Option option) -> staysKnown(option.withheld(), r))
                    .thenComparing(Option::withheld, smallestFirst));
            for (Option option : options) {
                List<Integer> together = new ArrayList<>(unknown);
                together.add(option.unknownAfter());
                if (!coversTooFew(together)) {
                    return option.withheld();
                }
            }
            return options.isEmpty() ? -1 : options.get(0).withheld();
        }

        /**
         * Whether the cell, withheld with the cells equal to it, would still be worked out from a
         * relation other than {@code except} whose other cells are all shown. (Cells that are
         * only worked out do not count: what they were worked out from may be this very cell.)
         */
        private boolean staysKnown(int cell, int except) {
            Set<Integer> withheld = equalCells(cell);
            for (int member : withheld) {
                for (int r : problem.relationsOfCell()[member]) {
                    if (r == except) {
                        continue;
                    }
                    boolean othersKnown = true;
                    boolean outside = false;
                    for (int other : problem.relation(r)) {
                        if (!withheld.contains(other)) {
                            outside = true;
                            othersKnown &= shown[other];
                        }
                    }
                    if (outside && othersKnown) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The cell and the shown cells equal to it (through relations of two cells), withheld together. */
        private Set<Integer> equalCells(int cell) {
            Set<Integer> equal = new HashSet<>(List.of(cell));
            Deque<Integer> toVisit = new ArrayDeque<>(List.of(cell));
            while (!toVisit.isEmpty()) {
                for (int r : problem.relationsOfCell()[toVisit.poll()]) {
                    int[] relation = problem.relation(r);
                    for (int other : relation) {
                        if (relation.length == 2
                                && shown[other]
                                && problem.cell(other).suppressible()
                                && equal.add(other)) {
                            toVisit.add(other);
                        }
                    }
                }
            }
            return equal;
        }

        /** A cell to withhold so that {@code cell} can no longer be worked out from the relation that gave it away. */
        private int breakDerivation(int cell, Set<Integer> traced, int depth) {
            int r = knownBy[cell];
            if (r < 0 || !traced.add(cell)) {
                return -1;
            }
            return cellToWithhold(r, List.of(cell), traced, depth);
        }

        /**
         * Withholds the cell, and every shown cell equal to it (a relation of two cells: a unit
         * alone in its area, a year of one month, T of women only): withholding one of two equal
         * cells hides nothing while the other is shown.
         */
        private boolean withhold(int cell) {
            if (cell < 0) {
                unresolved++;
                return false;
            }
            for (int equal : equalCells(cell)) {
                pattern[equal] = Suppression.COMPLEMENTARY;
                shown[equal] = false;
                for (int r : problem.relationsOfCell()[equal]) {
                    touched[r] = true;
                }
            }
            return true;
        }

        /** Whether the cells cover, together, 1..limit employees. */
        private boolean coversTooFew(List<Integer> cells) {
            Set<Integer> employees = new HashSet<>();
            for (int index : cells) {
                Cell cell = problem.cell(index);
                if (cell.population() > limit) {
                    return false;
                }
                if (cell.employees() == null) {
                    throw new IllegalStateException(
                            cell.key() + ": a cell of at most " + limit + " employees needs its employees listed");
                }
                for (int employee : cell.employees()) {
                    employees.add(employee);
                }
            }
            return !employees.isEmpty() && employees.size() <= limit;
        }
    }
}
