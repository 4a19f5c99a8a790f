/**
 * The command line (picocli): one class per command, parsing and usage errors before Spring
 * starts, exit statuses, and the one-line messages a user sees instead of stack traces. The top
 * layer: it uses the other packages; they use of it only {@link se.nyckeltal.cli.UserError} and
 * {@link se.nyckeltal.cli.JobFailures}, the failures it turns into one plain line.
 */
package se.nyckeltal.cli;
