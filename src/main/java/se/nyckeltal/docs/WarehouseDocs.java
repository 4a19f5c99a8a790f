package se.nyckeltal.docs;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import se.nyckeltal.warehouse.IndicatorFormulas;
import se.nyckeltal.warehouse.WarehouseConfiguration;
import se.nyckeltal.warehouse.WarehouseProperties;

/**
 * Generates the schema parts of {@code docs/warehouse.md} from a migrated warehouse: the tables
 * of the public schemas with their columns, types and comments (from the migrations'
 * {@code COMMENT ON}), and the indicator catalogue of {@code report.indicator} with the formulas
 * of {@link IndicatorFormulas}. The prose and example queries around them are hand-written in the
 * document (see {@link GeneratedRegions}). {@code WarehouseDocsTests} fails when the committed
 * document no longer matches the schema; {@link #main} rewrites it.
 */
public final class WarehouseDocs {

    /** Where the document lives, relative to the project root. */
    public static final Path DOCUMENT = Path.of("docs", "warehouse.md");

    /**
     * How to rewrite the document after a schema change, from the project root, with nothing
     * beyond the build itself ({@link #main} does the same from an IDE).
     */
    public static final String REGENERATE_COMMAND =
            "mvn -q -B test -Dtest=WarehouseDocsTests -Dnyckeltal.docs.regenerate=true";

    /** The system property that lets {@code WarehouseDocsTests} rewrite the document. */
    public static final String REGENERATE_PROPERTY = "nyckeltal.docs.regenerate";

    /** The analyst-facing schemas, each documented in the region of the same name. */
    static final List<String> PUBLIC_SCHEMAS = List.of("report", "core");

    private final DSLContext dsl;

    public WarehouseDocs(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The document with its generated regions rewritten from the warehouse; the rest unchanged. */
    public String regenerate(String document) {
        String result = document;
        for (String schema : PUBLIC_SCHEMAS) {
            result = GeneratedRegions.replace(result, schema, tables(schema));
        }
        return GeneratedRegions.replace(result, "indicators", indicators());
    }

    private String tables(String schema) {
        List<DocumentedTable> tables = new SchemaCatalogue(dsl).tables(schema);
        requireComments(tables);
        StringBuilder out = new StringBuilder();
        for (DocumentedTable table : tables) {
            out.append("\n### ")
                    .append(MarkdownTable.code(table.qualifiedName()))
                    .append("\n\n");
            out.append(MarkdownTable.escape(table.comment())).append("\n\n");
            MarkdownTable columns = new MarkdownTable("column", "type", "description");
            for (DocumentedColumn column : table.columns()) {
                columns.row(
                        MarkdownTable.code(column.name()),
                        column.type() + (column.nullable() ? "" : " NOT NULL"),
                        MarkdownTable.escape(column.comment()));
            }
            out.append(columns.render());
        }
        return out.append('\n').toString();
    }

    /** An undescribed table or column is a gap in the public documentation: refuse it. */
    private static void requireComments(List<DocumentedTable> tables) {
        List<String> missing = new ArrayList<>();
        for (DocumentedTable table : tables) {
            if (isBlank(table.comment())) {
                missing.add("table " + table.qualifiedName());
            }
            table.columns().stream()
                    .filter(column -> isBlank(column.comment()))
                    .forEach(column -> missing.add("column " + table.qualifiedName() + "." + column.name()));
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No description for " + String.join(", ", missing)
                    + ": add COMMENT ON TABLE/COLUMN in a new migration under sql/migrations/");
        }
    }

    private String indicators() {
        MarkdownTable table =
                new MarkdownTable("code", "name (sv)", "formula", "unit", "gender", "better", "periods from");
        List<String> withoutFormula = new ArrayList<>();
        for (Record indicator : dsl.fetch("""
                SELECT indicator_code, indicator_name, unit, direction, has_gender, source_extract
                FROM report.indicator
                ORDER BY sort_order, indicator_code""")) {
            String code = indicator.get("indicator_code", String.class);
            String formula = IndicatorFormulas.of(code).orElse(null);
            if (formula == null) {
                withoutFormula.add(code);
                continue;
            }
            table.row(
                    MarkdownTable.code(code),
                    MarkdownTable.escape(indicator.get("indicator_name", String.class)),
                    MarkdownTable.escape(formula),
                    MarkdownTable.escape(indicator.get("unit", String.class)),
                    indicator.get("has_gender", Boolean.class) ? "T K M" : "T",
                    MarkdownTable.escape(indicator.get("direction", String.class)),
                    MarkdownTable.escape(indicator.get("source_extract", String.class)));
        }
        if (!withoutFormula.isEmpty()) {
            throw new IllegalStateException("No formula for indicator " + String.join(", ", withoutFormula)
                    + ": add it to " + IndicatorFormulas.class.getName());
        }
        return "\n" + table.render() + "\n";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Rewrites {@code docs/warehouse.md} (or the file given as the first argument) from a freshly
     * migrated warehouse in a temporary folder, so that the result depends only on the migrations.
     */
    public static void main(String[] args) throws IOException {
        Path document = args.length > 0 ? Path.of(args[0]) : DOCUMENT;
        String current = Files.readString(document, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("nyckeltal-docs");
        try {
            String regenerated;
            try (HikariDataSource dataSource = (HikariDataSource) new WarehouseConfiguration()
                    .dataSource(new WarehouseProperties(dir.resolve("warehouse.duckdb"), "512MB", 1))) {
                regenerated = new WarehouseDocs(DSL.using(dataSource, SQLDialect.DUCKDB)).regenerate(current);
            }
            if (regenerated.equals(current)) {
                System.out.println(document + " is up to date");
            } else {
                Files.writeString(document, regenerated, StandardCharsets.UTF_8);
                System.out.println("Rewrote " + document);
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
