-- meta.recompute_window held the window the indicator models computed; the models read DuckDB
-- variables instead (window_start, window_end, scan_from, scan_until), and nothing writes or
-- reads the table any more.
DROP TABLE IF EXISTS meta.recompute_window;
