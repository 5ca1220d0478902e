package org.casebook.query.reporting;

import java.time.Duration;
import java.time.Month;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How reports are built ({@code casebook.reports}; defaults and meaning in {@code application.yml}): the month a
 * fiscal year starts, the journal positions between two checkpoints of the activity ledger, and how often the live
 * ledger is brought near the head.
 */
@ConfigurationProperties("casebook.reports")
public record ReportSettings(Month fiscalYearStart, long checkpointEvery, Duration ledgerRefresh) {

    public ReportSettings {
        Objects.requireNonNull(fiscalYearStart, "casebook.reports.fiscal-year-start is not set");
        Objects.requireNonNull(ledgerRefresh, "casebook.reports.ledger-refresh is not set");
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("casebook.reports.checkpoint-every must be at least 1, not "
                                                       + checkpointEvery);
        }
    }
}
