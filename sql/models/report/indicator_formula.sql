-- report.indicator_formula: how each indicator of the catalogue (report.indicator) turns
-- its numerator and denominator into a value.
--   COUNT            value = numerator; the denominator is stored as NULL
--   RATIO            value = numerator / denominator (per-FTE values)
--   PERCENT          value = numerator / denominator × 100
--   MONTHLY_AVERAGE  value = numerator / calendar months of the period (1 or 12)
-- age_group: the age indicators count only the employee-months of that age group.
CREATE OR REPLACE VIEW report.indicator_formula AS
SELECT * FROM (VALUES
    ('EKO_CUST_INV_COUNT',              'COUNT',           NULL),
    ('EKO_SUPP_INV_COUNT',              'COUNT',           NULL),
    ('EKO_CUST_INV_PER_FTE_MONTH',      'RATIO',           NULL),
    ('EKO_SUPP_INV_PER_FTE_MONTH',      'RATIO',           NULL),
    ('EKO_CUST_INV_ELECTRONIC_PCT',     'PERCENT',         NULL),
    ('EKO_SUPP_INV_ELECTRONIC_PCT',     'PERCENT',         NULL),
    ('LON_PAYSLIP_COUNT',               'COUNT',           NULL),
    ('LON_PAYSLIPS_PER_FTE_MONTH',      'RATIO',           NULL),
    ('LON_ELECTRONIC_PCT',              'PERCENT',         NULL),
    ('KC_CONTACT_COUNT',                'COUNT',           NULL),
    ('KC_PHONE_PCT',                    'PERCENT',         NULL),
    ('KC_ANSWERED_60S_PCT',             'PERCENT',         NULL),
    ('KC_ANSWERED_120S_PCT',            'PERCENT',         NULL),
    ('KC_AVAILABILITY_PCT',             'PERCENT',         NULL),
    ('KC_FIRST_CONTACT_RESOLUTION_PCT', 'PERCENT',         NULL),
    ('HR_FTE',                          'MONTHLY_AVERAGE', NULL),
    ('HR_SICK_LEAVE_PCT',               'PERCENT',         NULL),
    ('HR_SICK_LEAVE_DAY1_14_PCT',       'PERCENT',         NULL),
    ('HR_LONG_TERM_SICK_SHARE_PCT',     'PERCENT',         NULL),
    ('HR_SICK_LEAVE_AGE_29_PCT',        'PERCENT',         '29_OR_YOUNGER'),
    ('HR_SICK_LEAVE_AGE_30_49_PCT',     'PERCENT',         '30_49'),
    ('HR_SICK_LEAVE_AGE_50_PCT',        'PERCENT',         '50_OR_OLDER')
) AS formula(indicator_code, value_kind, age_group);
