-- report.org_memberships(known_unit, business_area, unit_code): the organisational units a row of
-- a unit and month counts in, as a list of (org_level, org_code): the whole administration
-- (ALL), and, when the unit has a version valid on the first of the month (known_unit), its
-- area (AREA) and the unit itself (UNIT). A row of an unknown unit counts in ALL only.
-- Every sum per org reads its rows through this one rule:
--   SELECT *, unnest(report.org_memberships(known_unit, business_area, unit_code), recursive := true)
-- adds the columns org_level and org_code, one row per org.
CREATE OR REPLACE MACRO report.org_memberships(known_unit, business_area, unit_code) AS
CASE
    WHEN known_unit THEN [
        struct_pack(org_level := 'ALL', org_code := 'ALL'),
        struct_pack(org_level := 'AREA', org_code := business_area),
        struct_pack(org_level := 'UNIT', org_code := unit_code)
    ]
    ELSE [struct_pack(org_level := 'ALL', org_code := 'ALL')]
END;
