package org.casebook.query.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the views are kept ({@code casebook.views}; default and meaning in {@code application.yml}): how many events
 * a view's processor handles as one batch, and in how many segments a view is split (which the nodes running views
 * share, {@link SegmentSharing}).
 */
@ConfigurationProperties("casebook.views")
public record ViewSettings(int batchSize, int segments) {

    public ViewSettings {
        atLeastOne("batch-size", batchSize);
        atLeastOne("segments", segments);
    }

    private static void atLeastOne(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("casebook.views." + key + " must be at least 1, not " + value);
        }
    }
}
