package se.nyckeltal.explain;

/**
 * Which indicator value to explain.
 *
 * @param org {@code ALL}, a business area or a unit code; {@code AREA:X} or {@code UNIT:X} where
 *     an area and a unit share a code
 * @param gender T, K or M
 */
public record ExplainRequest(String indicatorCode, PeriodSpec period, String org, String gender) {}
