package se.nyckeltal.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes delivery files into an input folder for tests of the real command. */
public final class InputFiles {

    /** Two units, valid since 2016: a customer-invoicing unit and a payroll unit. */
    public static final String UNITS = """
            unit_code;unit_name;business_area;process;valid_from;valid_to
            EKO-KUND1;Kundreskontra 1;EKONOMI;CUSTOMER_INVOICING;2016-01-01;
            LON-1;Lönecenter Norr;LON;PAYROLL;2016-01-01;
            """;

    private InputFiles() {}

    public static void write(Path input, String relative, String content) throws IOException {
        Path file = input.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
