package se.nyckeltal.extract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Manual measurement, not a test: generates a staffing-like and a contacts file of {@code rows} rows and
 * reports rows/s of {@link ExtractFileReader} (parse + validate, handler does nothing).
 * Run: {@code java -cp <test-classpath> se.nyckeltal.extract.ReaderThroughput [rows] [dir]}.
 */
public final class ReaderThroughput {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("throughput");
        Path contacts = dir.resolve("contacts.csv");
        Path staffing = dir.resolve("staffing.csv");
        if (!Files.exists(contacts)) {
            writeContacts(contacts, rows);
            writeStaffing(staffing, rows);
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("benchmark-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        ReaderSettings settings = new ReaderSettings(
                StandardCharsets.UTF_8,
                null,
                raw -> java.util.HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8))));
        for (int round = 0; round < 5; round++) {
            commonsCsvAlone(contacts);
            measure(Extract.CONTACTS, settings, contacts);
            commonsCsvAlone(staffing);
            measure(Extract.STAFFING, settings, staffing);
        }
    }

    /** The floor: Commons CSV tokenising the same file, no checks. */
    private static void commonsCsvAlone(Path file) throws IOException {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long records = 0;
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(';')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (java.io.Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                records += record.size() > 0 ? 1 : 0;
            }
        }
        report("commons", records - 1, 0, wall, cpu);
    }

    private static void report(String what, long rows, long rejected, long wallStart, long cpuStart) {
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-9s %,d rows (%,d rejected): wall %.2f s = %,.0f rows/s, thread cpu %.2f s = %,.0f rows/s%n",
                what,
                rows,
                rejected,
                wall,
                rows / wall,
                cpu,
                rows / cpu);
    }

    private static void measure(Extract extract, ReaderSettings settings, Path file) throws Exception {
        long[] sink = new long[1];
        RowHandler handler = new RowHandler() {
            @Override
            public void valid(long lineNumber, Object[] values) {
                sink[0] += values.length;
            }

            @Override
            public void rejected(long lineNumber, String columnName, String reason, String rawLine) {
                sink[0]--;
            }
        };
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        FileOutcome outcome = new ExtractFileReader(extract, settings)
                .read(file, file.getFileName().toString(), handler);
        report(extract.folder(), outcome.rowsRead(), outcome.rowsRejected(), wall, cpu);
    }

    private static void writeContacts(Path file, int rows) throws IOException {
        String[] channels = {"PHONE", "PHONE", "CHAT", "EMAIL"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(
                    "contact_id;received_at;channel;unit_code;outcome;wait_seconds;handle_seconds;resolved_first_contact\n");
            for (int i = 0; i < rows; i++) {
                String channel = channels[i % 4];
                boolean email = channel.equals("EMAIL");
                String outcome = email ? "HANDLED" : (i % 7 == 0 ? "ABANDONED" : "ANSWERED");
                out.write("K" + i + ";2017-" + two(1 + i % 12) + "-" + two(1 + i % 28) + " " + two(i % 24) + ":"
                        + two(i % 60) + ":" + two((i / 60) % 60) + ";" + channel + ";KC-" + (i % 5) + ";" + outcome
                        + ";"
                        + (email ? "" : Integer.toString(i % 300)) + ";" + (i % 900) + ";"
                        + (outcome.equals("ABANDONED") ? "" : (i % 3 == 0 ? "N" : "J")) + "\n");
            }
        }
    }

    private static void writeStaffing(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("employee_ref;month;unit_code;gender;birth_year;employment_rate_pct;fte;scheduled_hours\n");
            for (int i = 0; i < rows; i++) {
                int employee = i / 120;
                int month = i % 120;
                out.write("19" + (60 + employee % 40) + two(1 + employee % 12) + two(1 + employee % 28) + "-"
                        + String.format(Locale.ROOT, "%04d", employee % 10_000) + ";" + (2010 + month / 12) + "-"
                        + two(1 + month % 12) + ";LON-" + (employee % 9) + ";" + (employee % 2 == 0 ? "K" : "M") + ";"
                        + (1960 + employee % 40) + ";" + (employee % 4 == 0 ? "75,0" : "100") + ";"
                        + (employee % 4 == 0 ? "0,75" : "1") + ";" + (employee % 4 == 0 ? "1 234,5" : "165,25") + "\n");
            }
        }
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
