-- Drops what setup.sql made.
DROP TABLE IF EXISTS temp.main.audit_relation;
DROP TABLE IF EXISTS temp.main.audit_cell;
