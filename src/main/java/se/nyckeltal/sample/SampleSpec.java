package se.nyckeltal.sample;

import java.nio.file.Path;
import java.time.YearMonth;

/** STUB until the sample branch lands. */
public record SampleSpec(Path output, double scale, YearMonth from, YearMonth to, long seed) {
}
