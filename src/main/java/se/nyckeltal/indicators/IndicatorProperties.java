package se.nyckeltal.indicators;

import org.springframework.boot.context.properties.ConfigurationProperties;
import se.nyckeltal.failure.UserError;

/**
 * @param disclosureLimit HR values of groups of this many distinct employees or fewer are
 *                        suppressed; Swedish practice is 10, and it is never allowed below 3
 */
@ConfigurationProperties("nyckeltal.indicators")
public record IndicatorProperties(Integer disclosureLimit) {

    public static final int MINIMUM_DISCLOSURE_LIMIT = IndicatorRecomputation.MINIMUM_DISCLOSURE_LIMIT;

    public IndicatorProperties {
        disclosureLimit = disclosureLimit == null ? 10 : disclosureLimit;
        if (disclosureLimit < MINIMUM_DISCLOSURE_LIMIT) {
            throw new UserError("nyckeltal.indicators.disclosure-limit must be at least " + MINIMUM_DISCLOSURE_LIMIT
                    + ", not " + disclosureLimit);
        }
    }
}
