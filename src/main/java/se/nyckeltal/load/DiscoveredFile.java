package se.nyckeltal.load;

import java.nio.file.Path;
import se.nyckeltal.extract.Extract;

/**
 * A delivery found under the input folder.
 *
 * @param relativeName path relative to the input folder with {@code /}, e.g. {@code invoices/2017-03.csv}
 */
public record DiscoveredFile(Extract extract, String relativeName, Path path, long bytes) {

    /** The name as it is stored and printed: see {@link DisplayNames}. */
    public String displayName() {
        return DisplayNames.of(relativeName);
    }
}
