/**
 * The command line (picocli): one class per command, parsing and usage errors before Spring
 * starts, exit statuses, and the one-line messages a user sees instead of stack traces. The top
 * layer, with the application's entry point: it uses the other packages and none of them uses it.
 * The core reports what went wrong with the failures of {@code se.nyckeltal.failure}; only this
 * package turns them into printed lines and exit statuses.
 */
package se.nyckeltal.cli;
