package org.casebook.query.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the views are kept ({@code casebook.views}; default and meaning in {@code application.yml}): how many events
 * a view's processor handles as one batch, and how long a segment's claim holds without its node renewing it (then
 * another node may take the segment over: the time a dead node's views wait).
 */
@ConfigurationProperties("casebook.views")
public record ViewSettings(int batchSize, Duration claimTimeout) {

    public ViewSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("casebook.views.batch-size must be at least 1, not " + batchSize);
        }
        if (claimTimeout == null || claimTimeout.isNegative() || claimTimeout.isZero()) {
            throw new IllegalArgumentException("casebook.views.claim-timeout must be positive, not " + claimTimeout);
        }
    }
}
