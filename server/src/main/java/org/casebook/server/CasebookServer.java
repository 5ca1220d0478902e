package org.casebook.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;

/** Command side and query side in one process, on the embedded store or a MongoDB replica set. */
@SpringBootApplication(scanBasePackages = "org.casebook", exclude = MongoAutoConfiguration.class)
public class CasebookServer {
}
