package se.nyckeltal.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The corpus on the test classpath, and the file-system tricks the committed corpus cannot hold. */
final class BadInputFiles {

    private BadInputFiles() {}

    static Path corpusFolder() throws URISyntaxException {
        return Path.of(BadInputFiles.class.getResource("/corpus").toURI());
    }

    static void copyTree(Path from, Path to) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(from)) {
            sources = walk.toList();
        }
        for (Path source : sources) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target);
            }
        }
    }

    /** A named pipe (reading one blocks until someone writes); false where mkfifo is not available. */
    static boolean makeNamedPipe(Path path) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            return mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * chmod 000. Root (as in CI containers) reads such a file all the same; the caller learns which
     * case this is: true when the file can still be read.
     */
    static boolean removeAllPermissionsAndTryToRead(Path file) throws IOException {
        Files.setPosixFilePermissions(file, Set.of());
        try (InputStream in = Files.newInputStream(file)) {
            in.read();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
