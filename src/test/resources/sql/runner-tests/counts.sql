-- A script for SqlRunnerTests: what each statement changes; a ';' in a comment splits nothing.
CREATE OR REPLACE TABLE counted (n INTEGER, label VARCHAR);

INSERT INTO counted VALUES (1, 'one; still one'), (2, 'two'), (getvariable('third'), 'three');

UPDATE counted SET label = upper(label) WHERE n >= 2;

/* a block comment; not a statement */
DELETE FROM counted WHERE n = 1;
