package org.casebook.server.web;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the API takes ({@code casebook.api}; each key, its default and what it means are in {@code application.yml}):
 * the largest body, how long an Idempotency-Key is kept and how often older ones are removed, and how fast a body
 * must arrive.
 */
@ConfigurationProperties("casebook.api")
public record ApiSettings(DataSize maxBodySize, Duration idempotencyWindow, Duration idempotencyPurge,
                          Duration bodyReadTimeout, DataSize minBodyRate) {

    public ApiSettings {
        Objects.requireNonNull(maxBodySize, "casebook.api.max-body-size is not set");
        Objects.requireNonNull(idempotencyWindow, "casebook.api.idempotency-window is not set");
        Objects.requireNonNull(idempotencyPurge, "casebook.api.idempotency-purge is not set");
        Objects.requireNonNull(bodyReadTimeout, "casebook.api.body-read-timeout is not set");
        Objects.requireNonNull(minBodyRate, "casebook.api.min-body-rate is not set");
    }
}
