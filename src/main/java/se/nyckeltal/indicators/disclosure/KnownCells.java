package se.nyckeltal.indicators.disclosure;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a reader of the shown cells knows: a cell is known when it is shown, or when it is the
 * one unknown cell of a relation whose other cells are known (solved repeatedly, as far as it
 * goes). Cells without employees are known to be 0 and are not in the problem at all.
 */
final class KnownCells {

    /** No relation: the cell is shown. */
    static final int SHOWN = -1;
    /** Not known. */
    static final int UNKNOWN = -2;

    private KnownCells() {}

    /**
     * @return for each cell, {@link #UNKNOWN}, {@link #SHOWN}, or the index of the relation that
     *         gave it away
     */
    static int[] close(DisclosureProblem problem, boolean[] shown) {
        int cells = problem.cellCount();
        int[] knownBy = new int[cells];
        int[] unknownInRelation = new int[problem.relationCount()];
        for (int cell = 0; cell < cells; cell++) {
            knownBy[cell] = shown[cell] ? SHOWN : UNKNOWN;
        }
        Deque<Integer> solvable = new ArrayDeque<>();
        for (int r = 0; r < problem.relationCount(); r++) {
            for (int cell : problem.relation(r)) {
                if (knownBy[cell] == UNKNOWN) {
                    unknownInRelation[r]++;
                }
            }
            if (unknownInRelation[r] == 1) {
                solvable.add(r);
            }
        }
        int[][] relationsOfCell = problem.relationsOfCell();
        while (!solvable.isEmpty()) {
            int r = solvable.poll();
            if (unknownInRelation[r] != 1) {
                continue;
            }
            int solved = -1;
            for (int cell : problem.relation(r)) {
                if (knownBy[cell] == UNKNOWN) {
                    solved = cell;
                }
            }
            knownBy[solved] = r;
            for (int other : relationsOfCell[solved]) {
                if (--unknownInRelation[other] == 1) {
                    solvable.add(other);
                }
            }
        }
        return knownBy;
    }
}
