-- report.indicator_table_model: the annual report's indicator table, built from the stored
-- YEAR values at ALL level: one row per indicator and year with a gender-T row. Outcomes
-- are compared with the targets at full precision: higher is better → met when ≥ target,
-- lower → met when ≤ target; direction none, a NULL outcome or a NULL target → NULL.
CREATE OR REPLACE VIEW report.indicator_table_model AS
WITH yearly_value AS (
    SELECT indicator_code, CAST(period AS INTEGER) AS year, gender, value
    FROM report.indicator_values
    WHERE period_type = 'YEAR' AND org_level = 'ALL'
),
yearly_outcome AS (
    SELECT indicator_code, year,
           max(value) FILTER (WHERE gender = 'T') AS outcome,
           max(value) FILTER (WHERE gender = 'K') AS outcome_women,
           max(value) FILTER (WHERE gender = 'M') AS outcome_men
    FROM yearly_value
    GROUP BY indicator_code, year
    HAVING count(*) FILTER (WHERE gender = 'T') > 0
),
outcome_with_previous_year AS (
    SELECT o.*, previous.outcome AS previous_year_outcome
    FROM yearly_outcome AS o
    LEFT JOIN yearly_outcome AS previous
      ON previous.indicator_code = o.indicator_code AND previous.year = o.year - 1
)
SELECT o.indicator_code, i.indicator_name, o.year,
       o.outcome, o.outcome_women, o.outcome_men, o.previous_year_outcome,
       t.board_target, t.council_target,
       CASE i.direction WHEN 'higher' THEN o.outcome >= t.board_target
                        WHEN 'lower'  THEN o.outcome <= t.board_target
       END AS board_target_met,
       CASE i.direction WHEN 'higher' THEN o.outcome >= t.council_target
                        WHEN 'lower'  THEN o.outcome <= t.council_target
       END AS council_target_met
FROM outcome_with_previous_year AS o
JOIN report.indicator AS i ON i.indicator_code = o.indicator_code
LEFT JOIN core.targets AS t ON t.indicator_code = o.indicator_code AND t.year = o.year;
