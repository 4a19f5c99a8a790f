package se.nyckeltal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link StartupPreloader} does with each listed name, in a class loader of the test's own. */
class StartupPreloaderTests {

    private static final String INITIALIZED = "nyckeltal.test.preloadProbeInitialized";

    /** Marks in a system property that its static initializer ran. */
    static final class Probe {
        static {
            System.setProperty(INITIALIZED, "true");
        }
    }

    @Test
    void loadsTheListedClassesWithoutInitializingThemAndSkipsNamesThatAreGone() throws Exception {
        URL testClasses = Probe.class.getProtectionDomain().getCodeSource().getLocation();
        try (IsolatedLoader loader = new IsolatedLoader(testClasses)) {
            int loaded = StartupPreloader.load(List.of("se.nyckeltal.NoSuchClass", Probe.class.getName()), loader);

            assertThat(loaded).isEqualTo(1);
            assertThat(loader.hasLoaded(Probe.class.getName())).isTrue();
            assertThat(System.getProperty(INITIALIZED)).isNull();
        }
    }

    @Test
    void theListIsInTheJarAndNamesClassesOfTheApplicationItsLibrariesAndTheJdk() {
        List<String> names = StartupPreloader.classList(getClass().getClassLoader());

        assertThat(names)
                .contains(
                        NyckeltalApplication.class.getName(),
                        "org.duckdb.DuckDBConnection",
                        "org.springframework.batch.core.job.Job",
                        "org.jooq.impl.DSL");
        assertThat(names).noneMatch(name -> name.contains("$$Lambda") || name.isBlank());
    }

    /** Finds the test's classes itself instead of asking the application's class loader. */
    private static final class IsolatedLoader extends URLClassLoader {
        IsolatedLoader(URL classes) {
            super(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
        }

        boolean hasLoaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
