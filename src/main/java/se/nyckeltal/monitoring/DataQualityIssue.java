package se.nyckeltal.monitoring;

import java.time.LocalDateTime;

/** A data test of the latest recomputation that did not pass ({@code report.data_quality}). */
public record DataQualityIssue(
        String checkName, String status, long failingCount, String description, LocalDateTime checkedAt) {}
