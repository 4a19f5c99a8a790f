package se.nyckeltal.report;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium ({@code /usr/bin/chromium}, installed by {@code .ci/install-chromium}) run
 * headless on a local file: offline, a fresh profile each time, no background traffic.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path workDir;

    /** @param workDir for the profiles and the browser's logs (a test's temporary folder) */
    HeadlessChromium(Path workDir) {
        this.workDir = workDir;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** The page's DOM after load, serialised. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return dumpDom(page.toAbsolutePath().toUri());
    }

    /** The DOM of the page at a {@code file:} address, e.g. one a link of the report leads to ({@code …html#id}). */
    String dumpDom(URI address) throws IOException, InterruptedException {
        Path dom = run(List.of("--dump-dom"), address);
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    /** A PNG of the top {@code width × height} pixels of the page. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(
                List.of(
                        "--screenshot=" + png.toAbsolutePath(),
                        "--window-size=" + width + "," + height,
                        "--hide-scrollbars"),
                page.toAbsolutePath().toUri());
    }

    /** Runs the browser on the page; returns the file holding what it wrote to standard output. */
    private Path run(List<String> arguments, URI page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
        Path out = Files.createTempFile(workDir, "chromium-", ".out");
        Path err = Files.createTempFile(workDir, "chromium-", ".err");
        List<String> command = new ArrayList<>(List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(arguments);
        command.add(page.toString());
        Process browser = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!browser.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + tail(err));
        }
        if (browser.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + browser.exitValue() + ": " + tail(err));
        }
        return out;
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
    }
}
