package se.nyckeltal.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the Implementation-Version the build writes into the jar's
 * manifest (the Maven project version), so that it never disagrees with the jar actually run.
 * Run from classes outside a jar (an IDE, the tests) there is no manifest to read.
 */
public final class NyckeltalVersion implements IVersionProvider {

    static final String OUTSIDE_A_JAR = "nyckeltal (development build: version not known outside the jar)";

    @Override
    public String[] getVersion() {
        String version = NyckeltalVersion.class.getPackage().getImplementationVersion();
        return new String[] {
            version == null ? OUTSIDE_A_JAR : "nyckeltal " + version,
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
        };
    }
}
