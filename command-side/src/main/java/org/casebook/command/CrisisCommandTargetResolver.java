package org.casebook.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.casebook.kernel.crisis.CrisisCommand;
import org.springframework.stereotype.Component;

/**
 * Finds the case a command is for from {@link CrisisCommand#crisisId()}, so that the published commands need no
 * framework annotations. Version checks are the case's own (see its command interceptor).
 */
@Component("crisisCommandTargetResolver")
public class CrisisCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof CrisisCommand crisisCommand) {
            return new VersionedAggregateIdentifier(crisisCommand.crisisId().value(), null);
        }
        throw new IllegalArgumentException(command.getCommandName() + " is not addressed to a crisis case");
    }
}
