package se.nyckeltal.extract;

/** Why a record is rejected: the column at fault (null if not one column's) and a plain-English reason. */
record Rejection(String columnName, String reason) {}
