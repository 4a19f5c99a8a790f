-- explain/unit_area_month: the version of every unit in every month of one period
-- (period_start to period_end): its area and process, from the version valid on the first day
-- of the month, the latest valid_from winning where versions overlap (as core.unit_month).
-- Reads only core.units, which the analysts' copy has too.
WITH period_month AS (
    SELECT CAST(month AS DATE) AS month
    FROM range(CAST(getvariable('period_start') AS DATE),
               CAST(getvariable('period_end') AS DATE) + INTERVAL 1 DAY,
               INTERVAL 1 MONTH) AS r(month)
),
version_valid_on_first_day AS (
    SELECT u.unit_code, m.month, u.business_area, u.process, u.valid_from
    FROM period_month AS m
    JOIN core.units AS u
      ON u.valid_from <= m.month AND (u.valid_to IS NULL OR u.valid_to >= m.month)
    QUALIFY row_number() OVER (PARTITION BY u.unit_code, m.month ORDER BY u.valid_from DESC) = 1
)
SELECT unit_code, month, business_area, process
FROM version_valid_on_first_day
ORDER BY unit_code, month
