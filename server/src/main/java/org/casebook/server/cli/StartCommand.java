package org.casebook.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.casebook.kernel.node.NodeRole;
import org.casebook.server.CasebookServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@Command(name = "start", mixinStandardHelpOptions = true,
         description = "Start Casebook: command side and query side in one process, or one of them (--role). "
                 + "Without --mongo-uri it runs on the embedded store in the data folder and prints the demo users.")
final class StartCommand implements Callable<Integer> {

    private static volatile ConfigurableApplicationContext running;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", defaultValue = "./data",
            description = "data folder of the embedded store (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--mongo-uri", description = "run on this MongoDB replica set instead of the embedded store")
    String mongoUri;

    @Option(names = "--role", description = "command, query or all (default: all, or casebook.node.role; env "
            + "CASEBOOK_NODE_ROLE): a command node takes writes and runs no views, a query node runs the views and "
            + "refuses writes")
    NodeRole role;

    @Option(names = "--log-format", defaultValue = "${env:CASEBOOK_LOG_FORMAT:-text}",
            description = "text, or json: JSON lines on standard error (ECS; another format with "
                    + "--logging.structured.format.console=logstash) (default: ${DEFAULT-VALUE}; env CASEBOOK_LOG_FORMAT)")
    LogFormat logFormat;

    /** How logs are written: lines of text (logback.xml), or JSON lines for a log collector (logback-json.xml). */
    enum LogFormat { text, json }

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    static boolean serverIsRunning() {
        return running != null && running.isActive();
    }

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>(springArguments);
        arguments.add("--server.port=" + port);
        arguments.add("--casebook.data-dir=" + data);
        if (role != null) {
            arguments.add("--" + NodeRole.PROPERTY + "=" + role.spelled());
        }
        if (mongoUri != null) {
            arguments.add("--casebook.store.mongo-uri=" + mongoUri);
        }
        if (logFormat == LogFormat.json) {
            arguments.add("--logging.config=classpath:logback-json.xml");
        }
        running = new SpringApplication(CasebookServer.class).run(arguments.toArray(String[]::new));
        return 0;
    }
}
