package org.casebook.server.monitoring;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How readiness is checked ({@code casebook.health}; defaults and meaning in {@code application.yml}): how long the
 * store may take to answer before the node says it is not ready.
 */
@ConfigurationProperties("casebook.health")
public record HealthSettings(Duration storeTimeout) {

    public HealthSettings {
        Objects.requireNonNull(storeTimeout, "casebook.health.store-timeout is not set");
    }
}
