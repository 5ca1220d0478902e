package org.casebook.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.casebook.kernel.AddressedCommand;
import org.springframework.stereotype.Component;

/**
 * Finds the aggregate a command is for from {@link AddressedCommand#targetId()}, so that the published commands
 * need no framework annotations. Version checks are the records' own ({@link Versioned}).
 */
@Component("addressedCommandTargetResolver")
public class AddressedCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof AddressedCommand addressed) {
            return new VersionedAggregateIdentifier(addressed.targetId(), null);
        }
        throw new IllegalArgumentException(command.getCommandName() + " does not name the record it is for");
    }
}
