package se.nyckeltal.indicators.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cells of the HR figures and the additive relations between them: in each relation the
 * total (its first member) is the sum of the others, for every numerator and denominator of
 * the sick-leave figures. Built once per recomputation; cells are indexed in the order added.
 */
public final class DisclosureProblem {

    private final List<Cell> cells = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final List<int[]> relations = new ArrayList<>();
    private int[][] relationsOfCell;

    /** Adds a cell; its key must be new. */
    public int add(Cell cell) {
        if (!keys.add(cell.key())) {
            throw new IllegalArgumentException("cell listed twice: " + cell.key());
        }
        cells.add(cell);
        relationsOfCell = null;
        return cells.size() - 1;
    }

    /**
     * Adds a relation: total = the sum of the members (cell indexes). A relation with no member
     * says nothing and is left out.
     */
    public void relate(int total, List<Integer> members) {
        if (members.isEmpty()) {
            return;
        }
        int[] relation = new int[members.size() + 1];
        relation[0] = total;
        for (int i = 0; i < members.size(); i++) {
            relation[i + 1] = members.get(i);
        }
        relations.add(relation);
        relationsOfCell = null;
    }

    public int cellCount() {
        return cells.size();
    }

    public Cell cell(int index) {
        return cells.get(index);
    }

    public int relationCount() {
        return relations.size();
    }

    /** The relation's cells: its total first, then its members. */
    int[] relation(int index) {
        return relations.get(index);
    }

    /** For each cell, the relations it takes part in (as total or member). */
    int[][] relationsOfCell() {
        if (relationsOfCell == null) {
            int[] counts = new int[cells.size()];
            for (int[] relation : relations) {
                for (int cell : relation) {
                    counts[cell]++;
                }
            }
            int[][] index = new int[cells.size()][];
            for (int cell = 0; cell < counts.length; cell++) {
                index[cell] = new int[counts[cell]];
            }
            int[] filled = new int[cells.size()];
            for (int r = 0; r < relations.size(); r++) {
                for (int cell : relations.get(r)) {
                    index[cell][filled[cell]++] = r;
                }
            }
            relationsOfCell = index;
        }
        return relationsOfCell;
    }
}
