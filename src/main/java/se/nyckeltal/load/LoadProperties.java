package se.nyckeltal.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.nyckeltal.extract.Extract;

/**
 * How the nightly load reads its files.
 *
 * @param rejectLimitPercent a file whose share of rejected rows is strictly above this fails as a whole
 * @param threads            files ingested in parallel (one worker partition per thread)
 * @param encoding           per extract folder, e.g. {@code staffing: windows-1252}; default UTF-8
 * @param delimiter          per extract folder, forces {@code ;}, {@code ,} or {@code tab}; default: detected
 * @param mergeRowsPerTransaction staged rows merged into core per transaction (files are not split);
 *                           default 2 000 000: bounds DuckDB's memory, few enough commits not to cost time
 */
@ConfigurationProperties("nyckeltal.load")
public record LoadProperties(
        Double rejectLimitPercent,
        Integer threads,
        Map<String, String> encoding,
        Map<String, String> delimiter,
        Long mergeRowsPerTransaction) {

    public LoadProperties {
        rejectLimitPercent = rejectLimitPercent == null ? 5.0 : rejectLimitPercent;
        threads = threads == null || threads < 1 ? 2 : threads;
        encoding = encoding == null ? Map.of() : Map.copyOf(encoding);
        delimiter = delimiter == null ? Map.of() : Map.copyOf(delimiter);
        mergeRowsPerTransaction =
                mergeRowsPerTransaction == null || mergeRowsPerTransaction < 1 ? 2_000_000L : mergeRowsPerTransaction;
    }

    public Charset charsetOf(Extract extract) {
        String name = encoding.get(extract.folder());
        return name == null || name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
    }

    public Character delimiterOf(Extract extract) {
        String value = delimiter.get(extract.folder());
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "tab", "\\t" -> '\t';
            case ";", "semicolon" -> ';';
            case ",", "comma" -> ',';
            default ->
                throw new IllegalArgumentException("nyckeltal.load.delimiter." + extract.folder()
                        + " must be ';', ',' or 'tab', not '" + value + "'");
        };
    }

    /** True when rejected/read is strictly above the limit. */
    public boolean aboveRejectLimit(long rejected, long read) {
        return read > 0 && rejected * 100.0 / read > rejectLimitPercent;
    }
}
