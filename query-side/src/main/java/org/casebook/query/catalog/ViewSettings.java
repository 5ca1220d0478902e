package org.casebook.query.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the views are kept ({@code casebook.views}; default and meaning in {@code application.yml}): how many events
 * a view's processor handles as one batch.
 */
@ConfigurationProperties("casebook.views")
public record ViewSettings(int batchSize) {

    public ViewSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("casebook.views.batch-size must be at least 1, not " + batchSize);
        }
    }
}
