package se.nyckeltal.extract;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** The conditional rules of the extract contract, as reusable {@link RowRule}s. */
final class RowRules {

    private RowRules() {}

    /** {@code later} may not be before {@code earlier}; blamed on {@code later}. Skipped when either is empty. */
    static RowRule notBefore(String later, String earlier) {
        return columns -> {
            int laterIndex = columns.applyAsInt(later);
            int earlierIndex = columns.applyAsInt(earlier);
            return values -> {
                LocalDate laterDate = (LocalDate) values[laterIndex];
                LocalDate earlierDate = (LocalDate) values[earlierIndex];
                return laterDate != null && earlierDate != null && laterDate.isBefore(earlierDate)
                        ? new Rejection(later, later + " " + laterDate + " is before " + earlier + " " + earlierDate)
                        : null;
            };
        };
    }

    /** {@code earlier} may not be after {@code later}; blamed on {@code earlier}. */
    static RowRule notAfter(String earlier, String later) {
        return columns -> {
            int earlierIndex = columns.applyAsInt(earlier);
            int laterIndex = columns.applyAsInt(later);
            return values -> {
                LocalDate earlierDate = (LocalDate) values[earlierIndex];
                LocalDate laterDate = (LocalDate) values[laterIndex];
                return earlierDate != null && laterDate != null && earlierDate.isAfter(laterDate)
                        ? new Rejection(earlier, earlier + " " + earlierDate + " is after " + later + " " + laterDate)
                        : null;
            };
        };
    }

    /** At least one of two optional columns must be given. */
    static RowRule atLeastOneOf(String first, String second) {
        return columns -> {
            int firstIndex = columns.applyAsInt(first);
            int secondIndex = columns.applyAsInt(second);
            return values -> values[firstIndex] == null && values[secondIndex] == null
                    ? new Rejection(null, "neither " + first + " nor " + second + " is given; at least one is required")
                    : null;
        };
    }

    /**
     * {@code dependent} must take one of the values allowed for the value of {@code driver}, e.g. outcome
     * per channel. Codes are the shared canonical strings of {@link FieldType#oneOf}.
     */
    static RowRule allowedPairs(String driver, String dependent, Map<String, Set<String>> allowed, String explanation) {
        return columns -> {
            int driverIndex = columns.applyAsInt(driver);
            int dependentIndex = columns.applyAsInt(dependent);
            return values -> {
                Set<String> permitted = allowed.get(values[driverIndex]);
                Object value = values[dependentIndex];
                return permitted != null && permitted.contains(value)
                        ? null
                        : new Rejection(
                                dependent,
                                dependent + " " + value + " is not allowed with " + driver + " " + values[driverIndex]
                                        + " (" + explanation + ")");
            };
        };
    }

    /** {@code required} must be given when {@code condition} has one of {@code conditionValues}. */
    static RowRule requiredWhen(String required, String condition, String... conditionValues) {
        Set<String> triggers = Set.of(conditionValues);
        return columns -> {
            int requiredIndex = columns.applyAsInt(required);
            int conditionIndex = columns.applyAsInt(condition);
            return values -> values[requiredIndex] == null && triggers.contains(values[conditionIndex])
                    ? new Rejection(
                            required, required + " is required when " + condition + " is " + values[conditionIndex])
                    : null;
        };
    }
}
