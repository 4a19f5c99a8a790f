package se.nyckeltal.indicators;

/** The outcome of one data test, as appended to {@code report.data_quality}. */
public record DataTestResult(String checkName, String description, long failingCount, String status) {}
