package org.casebook.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Command side and query side in one process, on the embedded store or a MongoDB replica set. Scheduling runs
 * the checks of deadlines (handovers). Every part's settings are records of its own ({@code @ConfigurationProperties},
 * found here), with their defaults, each documented, in {@code application.yml} alone.
 */
@SpringBootApplication(scanBasePackages = "org.casebook", exclude = MongoAutoConfiguration.class)
@EnableScheduling
@ConfigurationPropertiesScan("org.casebook")
public class CasebookServer {
}
