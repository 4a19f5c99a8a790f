package se.nyckeltal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.util.ClassUtils;
import se.nyckeltal.cli.NyckeltalCli;
import se.nyckeltal.cli.SpringContexts;

/**
 * The Spring context of one command run. The command line is parsed first (by picocli, in
 * {@link NyckeltalCli}) so that usage errors and {@code --help} never start Spring.
 */
@SpringBootApplication
public class NyckeltalApplication {

    /** Set by Spring while the build's ahead-of-time processing runs (see pom.xml). */
    private static final String AOT_PROCESSING = "spring.aot.processing";

    /** What the build's ahead-of-time processing generated from this class, if it ran. */
    private static final String AOT_INITIALIZER =
            NyckeltalApplication.class.getName() + "__ApplicationContextInitializer";

    public static void main(String[] args) {
        if (Boolean.getBoolean(AOT_PROCESSING)) {
            // The build calls main to capture the context a command starts; Spring stops the run
            // before the context is refreshed, so nothing is opened.
            SpringContexts.application().run(args);
            return;
        }
        if (ClassUtils.isPresent(AOT_INITIALIZER, NyckeltalApplication.class.getClassLoader())) {
            // About 0.5-0.9 s less start-up per command (measured; BENCHMARKS.md). Tests that
            // start contexts inside their own JVM do not come here and run without it.
            System.setProperty("spring.aot.enabled", "true");
        }
        System.exit(NyckeltalCli.run(args));
    }
}
