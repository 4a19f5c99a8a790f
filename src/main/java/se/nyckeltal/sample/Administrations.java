package se.nyckeltal.sample;

import java.util.SplittableRandom;

/** The city's administrations (förvaltningar) that own invoices and employ payees, by volume. */
final class Administrations {

    private static final String[] CODES = {
        "UTBF", "SOCF", "ALDF", "SBK", "MILJOF", "KULTF", "IDRF", "KSF", "FASTK", "SERVF"
    };
    private static final double[] CUMULATIVE =
            Randoms.cumulative(0.30, 0.21, 0.18, 0.05, 0.03, 0.05, 0.05, 0.06, 0.04, 0.03);

    private Administrations() {}

    static String pick(SplittableRandom random) {
        return CODES[Randoms.pick(random, CUMULATIVE)];
    }
}
