package org.casebook.query.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the nodes on one store share the views' segments ({@code casebook.cluster}; defaults and meaning in
 * {@code application.yml}): a node's claim on a segment lapses {@code claimTimeout} after it last extended it, and
 * every {@code claimInterval} each processor tries to claim segments nobody holds. A dead node's segments are
 * therefore claimed by the others within {@code claimTimeout + claimInterval}.
 */
@ConfigurationProperties("casebook.cluster")
public record ClusterSettings(Duration claimTimeout, Duration claimInterval) {

    public ClusterSettings {
        if (claimTimeout.compareTo(claimInterval) <= 0) {
            throw new IllegalArgumentException("casebook.cluster.claim-timeout (" + claimTimeout + ") must be longer "
                                               + "than casebook.cluster.claim-interval (" + claimInterval + "): a "
                                               + "live node extends its claims about that often");
        }
    }
}
