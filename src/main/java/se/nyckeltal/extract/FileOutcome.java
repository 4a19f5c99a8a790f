package se.nyckeltal.extract;

import java.util.List;

/**
 * What one delivery held. {@code rowsRead} counts data records only (no header, no blank lines),
 * so {@code rowsRead == rowsValid + rowsRejected}.
 */
public record FileOutcome(long rowsRead, long rowsValid, long rowsRejected, char delimiter, List<String> warnings) {

    public FileOutcome {
        warnings = List.copyOf(warnings);
    }
}
