package se.nyckeltal.indicators.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of the HR figures and the additive relations between them: in each relation the
 * total (its first member) is the sum of the others, for every numerator and denominator of
 * the sick-leave figures. Built once per recomputation; cells are indexed in the order added.
 */
public final class DisclosureProblem {

    private final List<Cell> cells = new ArrayList<>();
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final List<int[]> relations = new ArrayList<>();
    private final List<String> relationNames = new ArrayList<>();
    private int[][] relationsOfCell;

    /** Adds a cell; its key must be new. */
    public int add(Cell cell) {
        if (indexByKey.putIfAbsent(cell.key(), cells.size()) != null) {
            throw new IllegalArgumentException("cell listed twice: " + cell.key());
        }
        cells.add(cell);
        relationsOfCell = null;
        return cells.size() - 1;
    }

    /** The index of the cell with this key, or -1. */
    public int indexOf(String key) {
        return indexByKey.getOrDefault(key, -1);
    }

    /**
     * Adds a relation: total = the sum of the members (cell indexes). A relation with no member
     * says nothing and is left out.
     */
    public void relate(String name, int total, List<Integer> members) {
        if (members.isEmpty()) {
            return;
        }
        int[] relation = new int[members.size() + 1];
        relation[0] = total;
        for (int i = 0; i < members.size(); i++) {
            relation[i + 1] = members.get(i);
        }
        relations.add(relation);
        relationNames.add(name);
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

    public String relationName(int index) {
        return relationNames.get(index);
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
