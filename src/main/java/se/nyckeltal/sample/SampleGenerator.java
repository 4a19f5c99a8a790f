package se.nyckeltal.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Generates a sample input folder written exactly to docs/extracts.md, in Swedish export style,
 * reproducibly for a seed. Event volumes follow {@code scale} (1 ≈ 4 M event rows over two years)
 * while the per-FTE, contact-centre and sick-leave ratios imitate the administration's 2017
 * report at any scale (see {@link ReportFigures}).
 *
 * <p>The generator owns the seven extract folders under the output: {@code .csv} files already
 * there are deleted first, so that a sample for fewer months leaves no stale deliveries behind.
 * Event rows are streamed to disk month by month; only the staff and their sick days (a few
 * thousand rows) are planned in memory.
 */
public final class SampleGenerator {

    public GeneratedSample generate(SampleSpec spec) throws IOException {
        SamplePeriod period = new SamplePeriod(spec.from(), spec.to());
        Organisation organisation = Organisation.standard(period);
        Workforce workforce = Workforce.hire(organisation, period, spec.scale(), spec.seed());
        List<List<SickDay>> sickDays = SickLeavePlanner.plan(workforce, period, spec.seed());

        removeEarlierDeliveries(spec.output());
        WrittenFiles files = new WrittenFiles(spec.output());
        UnitsExtract.write(organisation, files);
        TargetsExtract.write(period, files);
        InvoicesExtract invoices = new InvoicesExtract(organisation, workforce, spec.seed());
        PayslipsExtract payslips = new PayslipsExtract(organisation, workforce, spec.seed());
        ContactsExtract contacts = new ContactsExtract(organisation, spec.scale(), spec.seed());
        for (int m = 0; m < period.size(); m++) {
            MonthCalendar month = period.month(m);
            StaffingExtract.writeMonth(month, organisation, workforce, files);
            SickLeaveExtract.writeMonth(month, sickDays.get(m), files);
            invoices.writeMonth(month, files);
            payslips.writeMonth(month, files);
            contacts.writeMonth(month, files);
        }
        return files.summary();
    }

    private static void removeEarlierDeliveries(Path output) throws IOException {
        for (SampleExtract extract : SampleExtract.values()) {
            Path folder = output.resolve(extract.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file)
                            && file.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(".csv")) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    /** {@code --output DIR --scale X --from yyyy-MM --to yyyy-MM --seed N}; defaults: the shipped sample. */
    public static void main(String[] args) throws IOException {
        SampleSpec spec;
        try {
            spec = parse(args);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (spec == null) {
            System.out.println(usage());
            return;
        }
        long started = System.nanoTime();
        GeneratedSample sample = new SampleGenerator().generate(spec);
        System.out.printf(
                Locale.ROOT,
                "Wrote %d files, %d rows %s, %.1f MB to %s in %.1f s%n",
                sample.files().size(),
                sample.totalRows(),
                sample.rowsPerExtract(),
                sample.bytes() / 1e6,
                spec.output(),
                (System.nanoTime() - started) / 1e9);
    }

    /** The spec of a command line, or {@code null} for {@code --help}. */
    static SampleSpec parse(String[] args) {
        Path output = Path.of("input");
        double scale = SampleSpec.DEFAULT_SCALE;
        YearMonth from = SampleSpec.DEFAULT_FROM;
        YearMonth to = SampleSpec.DEFAULT_TO;
        long seed = SampleSpec.DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--output" -> output = Path.of(value);
                case "--scale" -> scale = parseNumber(option, value);
                case "--from" -> from = YearMonth.parse(value);
                case "--to" -> to = YearMonth.parse(value);
                case "--seed" -> seed = parseSeed(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new SampleSpec(output, scale, from, to, seed);
    }

    private static double parseNumber(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, was '" + value + "'");
        }
    }

    private static long parseSeed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed needs a whole number, was '" + value + "'");
        }
    }

    private static String usage() {
        return "usage: SampleGenerator [--output DIR] [--scale X] [--from yyyy-MM] [--to yyyy-MM] [--seed N]\n"
                + "  defaults: --output input --scale " + SampleSpec.DEFAULT_SCALE + " --from "
                + SampleSpec.DEFAULT_FROM + " --to " + SampleSpec.DEFAULT_TO + " --seed " + SampleSpec.DEFAULT_SEED;
    }
}
