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
    SELECT outcome.*, previous.outcome AS previous_year_outcome
    FROM yearly_outcome AS outcome
    LEFT JOIN yearly_outcome AS previous
      ON previous.indicator_code = outcome.indicator_code AND previous.year = outcome.year - 1
)
SELECT outcome.indicator_code, indicator.indicator_name, outcome.year,
       outcome.outcome, outcome.outcome_women, outcome.outcome_men, outcome.previous_year_outcome,
       target.board_target, target.council_target,
       CASE indicator.direction WHEN 'higher' THEN outcome.outcome >= target.board_target
                                WHEN 'lower'  THEN outcome.outcome <= target.board_target
       END AS board_target_met,
       CASE indicator.direction WHEN 'higher' THEN outcome.outcome >= target.council_target
                                WHEN 'lower'  THEN outcome.outcome <= target.council_target
       END AS council_target_met
FROM outcome_with_previous_year AS outcome
JOIN report.indicator AS indicator ON indicator.indicator_code = outcome.indicator_code
LEFT JOIN core.targets AS target ON target.indicator_code = outcome.indicator_code AND target.year = outcome.year;
