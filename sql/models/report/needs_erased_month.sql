-- report.needs_erased_month(period_start): whether a period starts before the first month whose
-- person-level HR rows are kept (meta.hr_retention.kept_from; never, when nothing was erased).
CREATE OR REPLACE MACRO report.needs_erased_month(period_start) AS
    coalesce(period_start < (SELECT max(kept_from) FROM meta.hr_retention), false);
