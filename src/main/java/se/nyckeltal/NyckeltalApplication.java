package se.nyckeltal;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import se.nyckeltal.cli.NyckeltalCli;

/**
 * The Spring context of one command run. The command line is parsed first (by picocli, in
 * {@link NyckeltalCli}) so that usage errors and {@code --help} never start Spring.
 */
@SpringBootApplication
public class NyckeltalApplication {

    public static void main(String[] args) {
        System.exit(NyckeltalCli.run(args));
    }
}
