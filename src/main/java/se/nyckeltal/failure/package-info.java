/**
 * The failures every layer may throw and the command line explains: {@link se.nyckeltal.failure.UserError},
 * a problem the user can fix, whose message is the line they see, and
 * {@link se.nyckeltal.failure.JobNotCompletedException}, a batch job that ended without completing.
 * The bottom of the layering: it depends on no other package of the product, so that the core can
 * report a failure without knowing the command line. Only {@code cli} turns these into printed
 * lines and exit statuses.
 */
package se.nyckeltal.failure;
