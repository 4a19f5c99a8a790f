-- One step of the audit's reasoning: the one unknown cell of a relation whose other cells
-- are known becomes known (its value is the total minus the others, or their sum). Repeated
-- by the caller until no cell changes.
UPDATE audit_cell SET known = true
WHERE cell_id IN (
    SELECT any_value(c.cell_id) FILTER (WHERE NOT c.known)
    FROM audit_relation AS r
    JOIN audit_cell AS c ON c.cell_id = r.cell_id
    GROUP BY r.relation_key
    HAVING count(*) FILTER (WHERE NOT c.known) = 1
);
