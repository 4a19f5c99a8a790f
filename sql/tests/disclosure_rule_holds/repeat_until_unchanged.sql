-- One step of the audit's reasoning: the one unknown cell of a relation whose other cells
-- are known becomes known (its value is the total minus the others, or their sum). Repeated
-- by the caller until no cell changes.
UPDATE audit_cell SET known = true
WHERE cell_id IN (
    SELECT any_value(cell.cell_id) FILTER (WHERE NOT cell.known)
    FROM audit_relation AS relation
    JOIN audit_cell AS cell ON cell.cell_id = relation.cell_id
    GROUP BY relation.relation_key
    HAVING count(*) FILTER (WHERE NOT cell.known) = 1
);
