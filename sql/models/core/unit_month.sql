-- core.unit_month: which version of each unit applies in each month.
--
-- A unit's version for a month is the one valid on the first day of that month. When
-- versions from different deliveries overlap, the valid one with the latest valid_from
-- wins. A (unit, month) without a row here is an unknown unit: its rows count in ALL only.
CREATE OR REPLACE VIEW core.unit_month AS
WITH version_valid_on_first_day AS (
    SELECT unit.unit_code, calendar.month, unit.unit_name, unit.business_area, unit.process, unit.valid_from
    FROM core.month_calendar AS calendar
    JOIN core.units AS unit
      ON unit.valid_from <= calendar.month
     AND (unit.valid_to IS NULL OR unit.valid_to >= calendar.month)
),
latest_valid_version AS (
    SELECT *
    FROM version_valid_on_first_day
    QUALIFY row_number() OVER (PARTITION BY unit_code, month ORDER BY valid_from DESC) = 1
)
SELECT unit_code, month, unit_name, business_area, process, valid_from AS version_valid_from
FROM latest_valid_version;
