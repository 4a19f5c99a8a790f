-- report.indicator_values_model: the rows of report.indicator_values for every period in
-- report.period_to_compute (INDICATORS.md):
--   * an ALL row for every period (gender T, and K/M where the indicator has a gender
--     breakdown), whatever the data;
--   * an AREA/UNIT/gender/age-group row for every group that contributes rows in the
--     period (report.indicator_month_part);
--   * sums stay DECIMAL until the end; value = numerator / denominator (× 100 for %),
--     NULL when the denominator is 0; counts keep the denominator NULL;
--   * HR_* rows whose population is at most the disclosure limit (DuckDB variable
--     disclosure_limit, default 10) are suppressed: value, numerator, denominator NULL.
CREATE OR REPLACE VIEW report.indicator_values_model AS
WITH period_to_compute AS MATERIALIZED (
    SELECT p.indicator_code, p.period_type, p.period, p.period_start, p.period_end,
           f.value_kind, f.age_group, i.has_gender,
           i.source_extract = 'staffing' AS is_hr_indicator,
           CASE p.period_type WHEN 'MONTH' THEN 1 ELSE 12 END AS calendar_months
    FROM report.period_to_compute AS p
    JOIN report.indicator AS i ON i.indicator_code = p.indicator_code
    JOIN report.indicator_formula AS f ON f.indicator_code = p.indicator_code
),
period_month AS (
    SELECT indicator_code, period_type, period,
           CAST(unnest(generate_series(period_start, period_end, INTERVAL 1 MONTH)) AS DATE) AS month
    FROM period_to_compute
),
month_part_by_org AS (
    -- each part counts in ALL, and in its area and unit when the unit is known
    SELECT indicator_code, month, 'ALL' AS org_level, 'ALL' AS org_code, gender,
           sum(numerator) AS numerator, sum(denominator) AS denominator
    FROM report.indicator_month_part
    GROUP BY indicator_code, month, gender
    UNION ALL
    SELECT indicator_code, month, 'AREA', business_area, gender, sum(numerator), sum(denominator)
    FROM report.indicator_month_part
    WHERE business_area IS NOT NULL
    GROUP BY indicator_code, month, business_area, gender
    UNION ALL
    SELECT indicator_code, month, 'UNIT', unit_code, gender, sum(numerator), sum(denominator)
    FROM report.indicator_month_part
    WHERE unit_code IS NOT NULL
    GROUP BY indicator_code, month, unit_code, gender
),
period_sum AS (
    SELECT pm.indicator_code, pm.period_type, pm.period, o.org_level, o.org_code, o.gender,
           sum(o.numerator) AS numerator, sum(o.denominator) AS denominator
    FROM period_month AS pm
    JOIN month_part_by_org AS o ON o.indicator_code = pm.indicator_code AND o.month = pm.month
    GROUP BY pm.indicator_code, pm.period_type, pm.period, o.org_level, o.org_code, o.gender
),
all_row AS (
    -- the whole administration always has its rows
    SELECT p.indicator_code, p.period_type, p.period, 'ALL' AS org_level, 'ALL' AS org_code, g.gender
    FROM period_to_compute AS p
    JOIN (VALUES ('T'), ('K'), ('M')) AS g(gender) ON g.gender = 'T' OR p.has_gender
),
existing_row AS (
    SELECT indicator_code, period_type, period, org_level, org_code, gender FROM all_row
    UNION
    SELECT indicator_code, period_type, period, org_level, org_code, gender FROM period_sum
),
row_with_sums AS (
    SELECT r.*, p.period_start, p.period_end, p.value_kind, p.is_hr_indicator, p.calendar_months,
           coalesce(p.age_group, r.gender) AS population_group,
           CAST(coalesce(s.numerator, 0) AS DOUBLE) AS numerator,
           CASE p.value_kind
                WHEN 'COUNT' THEN NULL
                WHEN 'MONTHLY_AVERAGE' THEN CAST(p.calendar_months AS DOUBLE)
                ELSE CAST(coalesce(s.denominator, 0) AS DOUBLE)
           END AS denominator
    FROM existing_row AS r
    JOIN period_to_compute AS p
      ON p.indicator_code = r.indicator_code AND p.period_type = r.period_type AND p.period = r.period
    LEFT JOIN period_sum AS s
      ON s.indicator_code = r.indicator_code AND s.period_type = r.period_type AND s.period = r.period
     AND s.org_level = r.org_level AND s.org_code = r.org_code AND s.gender = r.gender
),
row_with_disclosure AS (
    SELECT r.*,
           r.is_hr_indicator
               AND coalesce(pop.population, 0) <= coalesce(CAST(getvariable('disclosure_limit') AS INTEGER), 10) AS suppressed
    FROM row_with_sums AS r
    LEFT JOIN report.indicator_population AS pop
      ON r.is_hr_indicator
     AND pop.period_type = r.period_type AND pop.period = r.period
     AND pop.org_level = r.org_level AND pop.org_code = r.org_code
     AND pop.population_group = r.population_group
)
SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
       CASE WHEN suppressed THEN NULL
            WHEN value_kind = 'COUNT' THEN numerator
            WHEN denominator = 0 THEN NULL
            WHEN value_kind = 'PERCENT' THEN numerator / denominator * 100
            ELSE numerator / denominator
       END AS value,
       CASE WHEN suppressed THEN NULL ELSE numerator END AS numerator,
       CASE WHEN suppressed THEN NULL ELSE denominator END AS denominator,
       suppressed
FROM row_with_disclosure;
