package org.casebook.server.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.casebook.command.Actor;
import org.casebook.command.CommandContext;
import org.casebook.command.CommandDispatcher;
import org.casebook.command.RuleViolation;
import org.casebook.command.directory.DirectoryRule;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.directory.BodyKind;
import org.casebook.kernel.directory.ListBody;
import org.casebook.server.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Lists, at start, the configured bodies and every body an account belongs to, when they are missing: recorded by
 * Casebook itself, once however often and in however many processes it starts (a body listed already, by
 * another process a moment ago too, is left as it is).
 */
@Configuration
@EnableConfigurationProperties(BodySettings.class)
public class DirectorySeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectorySeed.class);

    private final BodySettings settings;
    private final Accounts accounts;
    private final CommandDispatcher dispatcher;

    public DirectorySeed(BodySettings settings, Accounts accounts, CommandDispatcher dispatcher) {
        this.settings = settings;
        this.accounts = accounts;
        this.dispatcher = dispatcher;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!settings.listAtStart()) {
            return;
        }
        Map<String, ListBody> wanted = new LinkedHashMap<>();
        for (BodySettings.Listed body : settings.listed()) {
            String name = body.name().strip();
            wanted.put(name, new ListBody(new Body(name), body.kind(),
                                          body.displayName() == null || body.displayName().isBlank()
                                                  ? name : body.displayName().strip()));
        }
        for (String name : accounts.bodies()) {
            wanted.putIfAbsent(name, new ListBody(new Body(name), BodyKind.OTHER, name));
        }
        wanted.values().forEach(this::listIfMissing);
    }

    private void listIfMissing(ListBody command) {
        try {
            dispatcher.dispatch(command, new CommandContext(Actor.CASEBOOK, null, null, null));
            log.info("Listed body {} in the directory", command.body());
        } catch (RuleViolation e) {
            if (!DirectoryRule.BODY_ALREADY_LISTED.id().equals(e.rule())) {
                throw e;
            }
        }
    }
}
