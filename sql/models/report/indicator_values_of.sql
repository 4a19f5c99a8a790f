-- report.indicator_values_of(periods, period_sums): the rows of report.indicator_values
-- (docs/indicators.md) for the periods listed in the table named by `periods` (indicator_code,
-- period_type, period, period_start, period_end), from the sums in the table named by
-- `period_sums` (shaped as report.indicator_period_sum):
--   * an ALL row for every period (gender T, and K/M where the indicator has a gender
--     breakdown), whatever the data;
--   * an AREA/UNIT/gender/age-group row for every group that contributes rows in the
--     period;
--   * sums stay DECIMAL until here; value = numerator / denominator (× 100 for %), NULL
--     when the denominator is 0; counts keep the denominator NULL; HR_FTE divides by the
--     calendar months of the period (1 or 12);
--   * no disclosure control: the HR rows go to core.hr_indicator_value, and reach
--     report.indicator_values with the pattern of scripts/disclosure/write_hr_indicator_values.sql.
-- It is a table macro rather than a view so that a recomputation can feed it the sums it
-- has staged for the periods it writes (DuckDB binds a view over the whole model chain
-- slowly); report.indicator_values_model is the view over all periods.
CREATE OR REPLACE MACRO report.indicator_values_of(periods, period_sums) AS TABLE
WITH period_to_compute AS MATERIALIZED (
    SELECT period.indicator_code, period.period_type, period.period, period.period_start, period.period_end,
           formula.value_kind, indicator.has_gender,
           CASE period.period_type WHEN 'MONTH' THEN 1 ELSE 12 END AS calendar_months
    FROM query_table(periods) AS period
    JOIN report.indicator AS indicator ON indicator.indicator_code = period.indicator_code
    JOIN report.indicator_formula AS formula ON formula.indicator_code = period.indicator_code
),
period_sum AS MATERIALIZED (
    SELECT * FROM query_table(period_sums)
),
all_row AS (
    -- the whole administration always has its rows
    SELECT period.indicator_code, period.period_type, period.period, 'ALL' AS org_level, 'ALL' AS org_code,
           breakdown.gender
    FROM period_to_compute AS period
    JOIN (VALUES ('T'), ('K'), ('M')) AS breakdown(gender) ON breakdown.gender = 'T' OR period.has_gender
),
existing_row AS (
    -- every contributing group, and the ALL rows without any contribution (all zero)
    SELECT indicator_code, period_type, period, org_level, org_code, gender, numerator, denominator
    FROM period_sum
    UNION ALL
    SELECT all_row.*, 0, 0
    FROM all_row
    LEFT JOIN period_sum
      ON period_sum.org_level = 'ALL' AND period_sum.indicator_code = all_row.indicator_code
     AND period_sum.period_type = all_row.period_type AND period_sum.period = all_row.period
     AND period_sum.gender = all_row.gender
    WHERE period_sum.indicator_code IS NULL
),
row_with_sums AS (
    SELECT existing_row.*, period.period_start, period.period_end, period.value_kind, period.calendar_months
    FROM existing_row
    JOIN period_to_compute AS period
      ON period.indicator_code = existing_row.indicator_code AND period.period_type = existing_row.period_type
     AND period.period = existing_row.period
),
row_as_double AS (
    SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
           value_kind,
           CAST(numerator AS DOUBLE) AS numerator,
           CASE value_kind
                WHEN 'COUNT' THEN NULL
                WHEN 'MONTHLY_AVERAGE' THEN CAST(calendar_months AS DOUBLE)
                ELSE CAST(denominator AS DOUBLE)
           END AS denominator
    FROM row_with_sums
)
SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
       CASE WHEN value_kind = 'COUNT' THEN numerator
            WHEN denominator = 0 THEN NULL
            WHEN value_kind = 'PERCENT' THEN numerator / denominator * 100
            ELSE numerator / denominator
       END AS value,
       numerator, denominator
FROM row_as_double;
