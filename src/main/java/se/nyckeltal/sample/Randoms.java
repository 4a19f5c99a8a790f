package se.nyckeltal.sample;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams: one per part of the sample (and month), derived from
 * the seed, so that what one extract draws never shifts what another writes.
 */
final class Randoms {

    private Randoms() {}

    static SplittableRandom of(long seed, String part, int index) {
        long partHash = mix(part.hashCode() * 0x9E3779B97F4A7C15L + index);
        return new SplittableRandom(mix(seed ^ partHash));
    }

    /** A number in [low, high). */
    static double between(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** An index drawn with the given cumulative weights (last element = total). */
    static int pick(SplittableRandom random, double[] cumulativeWeights) {
        double target = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int low = 0;
        int high = cumulativeWeights.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulativeWeights[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    static double[] cumulative(double... weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
