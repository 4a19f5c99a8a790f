package se.nyckeltal.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * An analyst in another process, for {@link PublishedCopyReaderTests}: opens the published copy
 * read-only again and again until the file {@code args[1]} exists, and prints what each open saw.
 */
public final class PublishedReader {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:duckdb:" + args[0];
        java.nio.file.Path stop = java.nio.file.Path.of(args[1]);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        while (!java.nio.file.Files.exists(stop)) {
            try (Connection connection = DriverManager.getConnection(url, readOnly);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT (SELECT count(*) FROM core.invoices), "
                                    + "(SELECT count(*) FROM report.load_runs), (SELECT count(*) FROM report.indicator_values)")) {
                rows.next();
                System.out.println("state " + rows.getLong(1) + " " + rows.getLong(2) + " " + rows.getLong(3));
            } catch (Exception e) {
                System.out.println("error " + e.getMessage().lines().findFirst().orElse(""));
            }
            System.out.flush();
        }
    }
}
