package org.casebook.command;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How commands are taken ({@code casebook.commands}; each key, its default and what it means are in
 * {@code application.yml}): how far ahead of the server clock an effectiveAt may lie, how often a command that
 * raced another change is applied again, the earliest time anything takes effect, and how far ahead a date in a
 * request may lie.
 */
@ConfigurationProperties("casebook.commands")
public record CommandSettings(Duration maxFutureSkew, int conflictRetries, Instant earliestEffectiveAt,
                              Period furthestDateAhead) {

    public CommandSettings {
        Objects.requireNonNull(maxFutureSkew, "casebook.commands.max-future-skew is not set");
        Objects.requireNonNull(earliestEffectiveAt, "casebook.commands.earliest-effective-at is not set");
        Objects.requireNonNull(furthestDateAhead, "casebook.commands.furthest-date-ahead is not set");
    }
}
