package org.casebook.query;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How queries are answered ({@code casebook.queries}; default and meaning in {@code application.yml}): how long a
 * query with {@code ?after=POSITION} waits for its view before answering 503.
 */
@ConfigurationProperties("casebook.queries")
public record QuerySettings(Duration catchUpTimeout) {

    public QuerySettings {
        Objects.requireNonNull(catchUpTimeout, "casebook.queries.catch-up-timeout is not set");
    }
}
