package org.casebook.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Command side and query side in one process, on the embedded store or a MongoDB replica set. Scheduling runs
 * the checks of deadlines (handovers).
 */
@SpringBootApplication(scanBasePackages = "org.casebook", exclude = MongoAutoConfiguration.class)
@EnableScheduling
public class CasebookServer {
}
