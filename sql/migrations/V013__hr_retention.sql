-- Retention of person-level HR facts (nyckeltal.retention.hr-months; docs/privacy.md, "Retention").
-- When a load erases the staffing and sick-leave rows of the months before the horizon, the
-- indicator values that needed those months are frozen: kept exactly as computed, never
-- recomputed, and marked by frozen_at.
ALTER TABLE report.indicator_values ADD COLUMN IF NOT EXISTS frozen_at TIMESTAMP;

COMMENT ON COLUMN report.indicator_values.frozen_at IS
    'When the person-level HR rows this value needs were erased (retention): the value stays as computed then and is never recomputed. NULL for a value recomputed whenever its data changes.';

-- One row once a load has erased anything: the first month whose person-level HR rows are kept.
-- Every recomputation leaves the periods of the person-level indicators that start before it
-- alone, and a delivery with rows before it is refused (it would bring erased rows back).
CREATE TABLE IF NOT EXISTS meta.hr_retention (
    kept_from  DATE      NOT NULL,
    erased_at  TIMESTAMP NOT NULL,
    -- false from the erase until the file blocks that held the erased rows are overwritten
    wiped      BOOLEAN   NOT NULL
);
