package se.nyckeltal.extract;

import java.util.List;

/** STUB until the extract branch lands. */
public record FileOutcome(long rowsRead, long rowsValid, long rowsRejected, char delimiter, List<String> warnings) {
}
