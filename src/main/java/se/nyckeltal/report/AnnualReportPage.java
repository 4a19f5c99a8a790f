package se.nyckeltal.report;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders an {@link AnnualReport} as one self-contained HTML page ({@code templates/annual-report.html}). */
final class AnnualReportPage {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final TemplateEngine engine;

    AnnualReportPage() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(AnnualReportPage.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** Thymeleaf escapes every {@code th:text} value, so names and codes from the warehouse cannot inject markup. */
    void render(AnnualReport report, List<String> lateNotes, Writer out) {
        Context context = new Context(SWEDISH);
        context.setVariable("report", report);
        context.setVariable("lateNotes", lateNotes);
        engine.process("annual-report", context, out);
    }

    static String fileName(Integer year) {
        return year == null ? "nyckeltal.html" : "nyckeltal-" + year + ".html";
    }
}
