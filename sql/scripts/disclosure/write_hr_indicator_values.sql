-- Rewrites the HR rows of report.indicator_values, every period, from
-- core.hr_indicator_value with the disclosure pattern that DisclosureControl wrote to the
-- temporary table disclosure_pattern (one row per withheld cell of disclosure_node_pinned:
-- its cell_index and suppression, PRIMARY or COMPLEMENTARY). A cell's row takes the pattern of its
-- population group: its gender, or the age group of an age indicator. HR_FTE is not health
-- data and keeps primary suppression only. A row whose cell has no employee at all (an ALL
-- row of a gender without employees) covers fewer than the limit: PRIMARY.
-- The rows of frozen periods (report.is_frozen) stay as they are, suppression included: their
-- person-level rows are erased and they have no cells here.
DELETE FROM report.indicator_values
WHERE indicator_code IN (SELECT indicator_code FROM report.indicator WHERE source_extract = 'staffing')
  AND NOT report.is_frozen(indicator_code, period_start);

INSERT INTO report.indicator_values
    (indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
     value, numerator, denominator, suppressed, suppression)
WITH hr_value_with_group AS (
    SELECT hr_value.*, coalesce(formula.age_group, hr_value.gender) AS population_group
    FROM core.hr_indicator_value AS hr_value
    JOIN report.indicator_formula AS formula ON formula.indicator_code = hr_value.indicator_code
    WHERE NOT report.is_frozen(hr_value.indicator_code, hr_value.period_start)
),
hr_value_with_suppression AS (
    SELECT hr_value.*,
           CASE WHEN cell.population_group IS NULL THEN 'PRIMARY'
                WHEN hr_value.indicator_code = 'HR_FTE' AND pattern.suppression <> 'PRIMARY' THEN NULL
                ELSE pattern.suppression
           END AS suppression
    FROM hr_value_with_group AS hr_value
    LEFT JOIN disclosure_node_pinned AS cell
      ON cell.period_type = hr_value.period_type AND cell.period = hr_value.period
     AND cell.org_level = hr_value.org_level AND cell.org_code = hr_value.org_code
     AND cell.population_group = hr_value.population_group
    LEFT JOIN disclosure_pattern AS pattern ON pattern.cell_index = cell.cell_index
)
SELECT indicator_code, period_type, period, period_start, period_end, org_level, org_code, gender,
       CASE WHEN suppression IS NULL THEN value END,
       CASE WHEN suppression IS NULL THEN numerator END,
       CASE WHEN suppression IS NULL THEN denominator END,
       suppression IS NOT NULL, suppression
FROM hr_value_with_suppression;
