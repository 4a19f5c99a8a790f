package se.nyckeltal.sample;

/** One row of the sick-leave extract, before formatting. */
record SickDay(long epochDay, Employee employee, long spellStartEpochDay, int hoursCenti) {}
