package org.casebook.query.overdue;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a case is due for review ({@code casebook.reviews}; default and meaning in {@code application.yml}): a case
 * in Operations whose current assessment is older than {@code assessmentMaxAge} is flagged.
 */
@ConfigurationProperties("casebook.reviews")
public record ReviewSettings(Duration assessmentMaxAge) {

    public ReviewSettings {
        Objects.requireNonNull(assessmentMaxAge, "casebook.reviews.assessment-max-age is not set");
    }
}
