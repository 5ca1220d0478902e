package org.casebook.command.directory;

import static org.casebook.command.directory.DirectoryRule.BODY_NOT_LISTED;
import static org.casebook.command.directory.DirectoryRule.RECEIVING_COORDINATOR_UNKNOWN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CorrectLeadBody;
import org.casebook.kernel.crisis.OpenCrisis;
import org.casebook.kernel.crisis.RecordDecision;
import org.casebook.kernel.directory.BodyDirectoryCommand;
import org.casebook.kernel.handover.ProposeHandover;
import org.springframework.stereotype.Component;

/**
 * A lead, deciding or receiving body must be a body of the directory, and a handover's receiving coordinator a
 * coordinator's account of the receiving body. The directory is read from its own stream in the command's unit of
 * work, so a body listed a moment ago is accepted, in this process or another.
 */
@Component
public class ListedBodiesCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Repository<BodyDirectory> directory;
    private final BodyMembers members;

    public ListedBodiesCheck(CommandBus commandBus, Repository<BodyDirectory> directory, BodyMembers members) {
        this.directory = directory;
        this.members = members;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        Map<String, Body> named = bodiesNamed(command);
        if (!named.isEmpty()) {
            requireListed(named);
        }
        if (command instanceof ProposeHandover propose && propose.receivingCoordinator() != null
                && !members.isCoordinatorOf(propose.receivingCoordinator(), propose.toBody())) {
            throw RECEIVING_COORDINATOR_UNKNOWN.broken("receivingCoordinator", propose.receivingCoordinator()
                    + " is not a coordinator of " + propose.toBody() + "; name one of its coordinators' accounts, "
                    + "or nobody (then any coordinator of " + propose.toBody() + " answers)");
        }
        return chain.proceed();
    }

    /** The bodies a command names, by the field that names them. */
    private static Map<String, Body> bodiesNamed(Object command) {
        Map<String, Body> named = new LinkedHashMap<>();
        if (command instanceof OpenCrisis open) {
            named.put("leadBody", open.leadBody());
        } else if (command instanceof RecordDecision decision) {
            named.put("decidingBody", decision.decidingBody());
        } else if (command instanceof ProposeHandover propose) {
            named.put("toBody", propose.toBody());
        } else if (command instanceof CorrectLeadBody correction) {
            named.put("leadBody", correction.leadBody());
        }
        return named;
    }

    private void requireListed(Map<String, Body> named) {
        try {
            directory.load(BodyDirectoryCommand.DIRECTORY_ID)
                     .execute(bodies -> named.forEach((field, body) -> bodies.requireListed(body, field)));
        } catch (AggregateNotFoundException e) {
            Map.Entry<String, Body> first = named.entrySet().iterator().next();
            throw BODY_NOT_LISTED.broken(first.getKey(), BodyDirectory.notListed(first.getValue(), List.of()));
        }
    }
}
