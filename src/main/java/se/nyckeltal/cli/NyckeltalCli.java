package se.nyckeltal.cli;

public final class NyckeltalCli {
    private NyckeltalCli() {
    }

    public static int run(String[] args) {
        return 0;
    }
}
