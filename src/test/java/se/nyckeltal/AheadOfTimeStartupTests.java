package se.nyckeltal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.ClassUtils;

/**
 * How {@code main} starts a command, seen from a load run through it in a JVM of its own that
 * logs every class it loads: the build generates the bean definitions of the context every
 * command starts (Spring's ahead-of-time processing, see pom.xml), and {@code main} starts from
 * them: its JVM loaded the generated definitions (a context started without them never loads
 * those classes).
 */
class AheadOfTimeStartupTests {

    private static final String INITIALIZER = "se.nyckeltal.NyckeltalApplication__ApplicationContextInitializer";

    @TempDir
    static Path dir;

    private static int exit;
    private static String output;

    @BeforeAll
    static void loadThroughMain() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        copyFirstFile("units", input);
        copyFirstFile("invoices", input);
        Path log = dir.resolve("load.log");
        exit = runMain(
                log,
                "load",
                "--input",
                input.toString(),
                "--warehouse",
                dir.resolve("w.duckdb").toString());
        output = Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void theBuildGeneratedTheBeanDefinitionsOfTheApplication() {
        assertThat(ClassUtils.isPresent(INITIALIZER, getClass().getClassLoader()))
                .isTrue();
    }

    @Test
    void mainStartsALoadFromTheGeneratedBeanDefinitions() {
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("2 loaded, 0 skipped (unchanged), 0 failed");
        assertThat(output).contains(INITIALIZER.replace("__ApplicationContextInitializer", "__BeanDefinitions"));
    }

    /** The shipped sample's first file of an extract. */
    private static void copyFirstFile(String extract, Path input) throws IOException {
        Path folder = Files.createDirectories(input.resolve(extract));
        try (var files = Files.list(Path.of("input", extract))) {
            Path first = files.sorted().findFirst().orElseThrow();
            Files.copy(first, folder.resolve(first.getFileName()));
        }
    }

    /** {@code main} in a JVM of its own (it exits), logging every class it loads. */
    private static int runMain(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout",
                "-cp",
                System.getProperty("java.class.path"),
                NyckeltalApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NYCKELTAL_PSEUDONYM_KEY", "aot-test-key-of-at-least-32-bytes-length");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("main did not end within 120 s");
        }
        return process.exitValue();
    }
}
