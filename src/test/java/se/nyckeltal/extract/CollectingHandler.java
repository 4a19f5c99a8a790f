package se.nyckeltal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps what the reader hands over (copying the reused value array). */
final class CollectingHandler implements RowHandler {

    record ValidRow(long line, List<Object> values) {}

    record RejectedRow(long line, String column, String reason, String rawLine) {}

    final List<ValidRow> valid = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();

    @Override
    public void valid(long lineNumber, Object[] values) {
        valid.add(new ValidRow(lineNumber, Arrays.asList(values.clone())));
    }

    @Override
    public void rejected(long lineNumber, String columnName, String reason, String rawLine) {
        rejected.add(new RejectedRow(lineNumber, columnName, reason, rawLine));
    }

    List<Long> validLines() {
        return valid.stream().map(ValidRow::line).toList();
    }

    List<Long> rejectedLines() {
        return rejected.stream().map(RejectedRow::line).toList();
    }

    RejectedRow onlyRejection() {
        if (rejected.size() != 1) {
            throw new AssertionError("expected one rejected row, got " + rejected + " (valid: " + valid + ")");
        }
        return rejected.get(0);
    }
}
