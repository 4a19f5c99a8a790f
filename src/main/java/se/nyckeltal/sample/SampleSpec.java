package se.nyckeltal.sample;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate: the output folder, the volume ({@code scale} 1 ≈ 4 M event rows over two
 * years), the months to cover (inclusive) and the seed that makes the output reproducible.
 */
public record SampleSpec(Path output, double scale, YearMonth from, YearMonth to, long seed) {

    /** Small enough that the shipped sample in {@code input/} stays well under 10 MB. */
    public static final double DEFAULT_SCALE = 0.03;

    public static final YearMonth DEFAULT_FROM = YearMonth.of(2016, 1);
    public static final YearMonth DEFAULT_TO = YearMonth.of(2017, 12);
    public static final long DEFAULT_SEED = 2017L;

    public SampleSpec {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!(scale > 0) || scale > 1000) {
            throw new IllegalArgumentException("scale must be > 0 and at most 1000, was " + scale);
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** The shipped sample: 2016-01..2017-12 at the default scale and seed. */
    public static SampleSpec defaults(Path output) {
        return new SampleSpec(output, DEFAULT_SCALE, DEFAULT_FROM, DEFAULT_TO, DEFAULT_SEED);
    }
}
