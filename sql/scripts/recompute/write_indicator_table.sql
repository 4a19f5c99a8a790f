-- Rebuilds report.indicator_table completely from the stored YEAR values and the targets.
DELETE FROM report.indicator_table;

INSERT INTO report.indicator_table
    (indicator_code, indicator_name, year, outcome, outcome_women, outcome_men,
     previous_year_outcome, board_target, council_target, board_target_met, council_target_met)
SELECT indicator_code, indicator_name, year, outcome, outcome_women, outcome_men,
       previous_year_outcome, board_target, council_target, board_target_met, council_target_met
FROM report.indicator_table_model;
