package se.nyckeltal.load;

import java.time.YearMonth;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the person-level HR rows (staffing and sick leave) are kept.
 *
 * @param hrMonths the months kept before the current one: a load erases the rows of every earlier month
 *                 (at least {@value #MINIMUM_HR_MONTHS}, so that the current year and the rolling twelve
 *                 months of every month that can still be delivered are whole); unset keeps everything
 */
@ConfigurationProperties("nyckeltal.retention")
public record RetentionProperties(Integer hrMonths) {

    public static final int MINIMUM_HR_MONTHS = 12;

    public RetentionProperties {
        if (hrMonths != null && hrMonths < MINIMUM_HR_MONTHS) {
            throw new IllegalArgumentException("nyckeltal.retention.hr-months must be at least " + MINIMUM_HR_MONTHS
                    + " (months of person-level HR rows kept), not " + hrMonths
                    + "; leave it unset to keep everything");
        }
    }

    /** The first month whose person-level HR rows are kept in the given month; empty: every month is kept. */
    public Optional<YearMonth> keptFrom(YearMonth current) {
        return Optional.ofNullable(hrMonths).map(current::minusMonths);
    }
}
