package org.casebook.server.directory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.casebook.command.Actor;
import org.casebook.command.CommandContext;
import org.casebook.command.CommandDispatcher;
import org.casebook.command.RuleViolation;
import org.casebook.command.directory.DirectoryRule;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.directory.BodyDirectoryCommand;
import org.casebook.kernel.directory.BodyKind;
import org.casebook.kernel.directory.ListBody;
import org.casebook.kernel.directory.ListPerson;
import org.casebook.kernel.directory.MovePerson;
import org.casebook.kernel.node.NodeRole;
import org.casebook.query.directory.Directory;
import org.casebook.query.directory.DirectoryRecord;
import org.casebook.server.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;

/**
 * Lists, at start, the configured bodies and every body an account belongs to, when they are missing, then every
 * account as a person of its body: recorded by Casebook itself, once however often and in however many processes it
 * starts (a body or person listed already, by another process a moment ago too, is left as it is; a retired body
 * stays retired). A person listed already keeps the display name the directory has (an admin may have renamed
 * them); when their account now names another body, the directory follows it ({@code PersonMoved}). Command nodes
 * alone list them: they record.
 */
@Configuration
@ConditionalOnExpression(NodeRole.TAKES_WRITES)
public class DirectorySeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectorySeed.class);
    /** What another process, or an earlier start, may have done already: nothing to do. */
    private static final Set<String> DONE = Set.of(DirectoryRule.BODY_ALREADY_LISTED.id(),
                                                   DirectoryRule.PERSON_ALREADY_LISTED.id(),
                                                   DirectoryRule.DIRECTORY_UNCHANGED.id());

    private final BodySettings settings;
    private final Accounts accounts;
    private final CommandDispatcher dispatcher;
    private final DirectoryRecord directory;

    public DirectorySeed(BodySettings settings, Accounts accounts, CommandDispatcher dispatcher,
                         DirectoryRecord directory) {
        this.settings = settings;
        this.accounts = accounts;
        this.dispatcher = dispatcher;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!settings.listAtStart()) {
            return;
        }
        Directory listed = directory.read();
        Set<String> bodies = new HashSet<>();
        listed.bodies().bodies().forEach(body -> bodies.add(body.name()));
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
        wanted.values().stream().filter(body -> !bodies.contains(body.body().value()))
              .forEach(body -> record(body, "Listed body " + body.body() + " in the directory"));
        for (Accounts.Person person : accounts.people()) {
            Body body = person.body() == null ? null : new Body(person.body());
            Optional<Directory.ListedPerson> known = listed.person(person.account());
            if (known.isEmpty()) {
                record(new ListPerson(person.account(), person.displayName(), body),
                       "Listed account " + person.account() + " in the directory");
            } else if (!Objects.equals(known.get().body(), person.body())) {
                record(new MovePerson(person.account(), body),
                       "Moved account " + person.account() + " to " + person.body() + " in the directory");
            }
        }
    }

    private void record(BodyDirectoryCommand command, String done) {
        try {
            dispatcher.dispatch(command, new CommandContext(Actor.CASEBOOK, null, null, null));
            log.info(done);
        } catch (RuleViolation e) {
            if (DirectoryRule.BODY_RETIRED.id().equals(e.rule())) {
                log.warn("Not recorded in the directory ({}): {}", e.rule(), e.getMessage());
            } else if (!DONE.contains(e.rule())) {
                throw e;
            }
        }
    }
}
