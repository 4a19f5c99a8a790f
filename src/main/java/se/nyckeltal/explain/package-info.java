/**
 * {@code explain}: where one indicator value comes from. Its name and formula, the SQL model that
 * computes it, value, numerator and denominator, why it is withheld if it is, the monthly and
 * organisational rows that add up to it, and the deliveries behind it (files, checksums, load
 * runs, rows and line numbers). Reads the loader's file or the analysts' copy, read-only, and
 * tells them apart by what they hold; on the copy HR values trace to files and counts only.
 */
package se.nyckeltal.explain;
