package se.nyckeltal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads, on a background thread, what a command is about to need while the main thread starts
 * it: DuckDB's native library (its driver unpacks 57 MB to the temporary directory and links
 * it) and the classes listed in {@value #CLASS_LIST}, in the order a load loads them.
 *
 * <p>Why: a command's start-up is one thread's work (the JIT compiles on the other core), and
 * about half of it is reading, parsing and defining some 4 000 classes from the jars and the
 * JDK's modules that the JVM's shared archive does not hold. The main thread then finds most of
 * them defined already. It is what the JVM's application class-data sharing would give, which
 * needs JVM options that {@code java -jar} does not pass (measured: BENCHMARKS.md).
 *
 * <p>Classes are loaded, not initialized, so no static initializer runs earlier or on another
 * thread than it would anyway; DuckDB's native library is the one exception, and a failure there
 * reaches the command through the JVM (it names this thread). A name that no longer exists is
 * skipped: a stale list only preloads less. {@code bench/startup-classes.sh} regenerates it.
 */
final class StartupPreloader {

    static final String CLASS_LIST = "META-INF/nyckeltal/startup-classes.txt";
    private static final String DUCKDB_NATIVE = "org.duckdb.DuckDBNative";

    private StartupPreloader() {}

    /** Starts preloading; the thread is a daemon, so it never holds the JVM up at exit. */
    static void start() {
        Thread thread = new Thread(StartupPreloader::preload, "startup-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void preload() {
        ClassLoader loader = StartupPreloader.class.getClassLoader();
        try {
            Class.forName(DUCKDB_NATIVE, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // The command's own first use of DuckDB fails with the cause.
        }
        load(classList(loader), loader);
    }

    /** Loads each named class without initializing it; the number found. */
    static int load(List<String> classNames, ClassLoader loader) {
        int loaded = 0;
        for (String name : classNames) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // gone since the list was made: the main thread will not need it either
            }
        }
        return loaded;
    }

    /** The listed class names, or none if the list is missing or unreadable. */
    static List<String> classList(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            names.clear();
        }
        return names;
    }
}
