package org.casebook.command;

import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.deployment.DeploymentCommand;
import org.casebook.kernel.funds.FundsCommand;
import org.casebook.kernel.responder.ResponderCommand;

/**
 * A command named a case, responder, deployment, funding source or handover that is not in the record (answered
 * with 404).
 */
public class UnknownRecord extends RuntimeException {

    private final String kind;

    public UnknownRecord(AddressedCommand command) {
        this(command instanceof ResponderCommand ? "responder"
                     : command instanceof DeploymentCommand ? "deployment"
                     : command instanceof FundsCommand ? "funding-source" : "case", command.targetId());
    }

    public UnknownRecord(String kind, String id) {
        super("no " + (kind.equals("case") ? "crisis case" : kind.replace('-', ' ')) + " has the id " + id);
        this.kind = kind;
    }

    /**
     * What was not found: {@code case}, {@code responder}, {@code deployment}, {@code funding-source} or
     * {@code handover}.
     */
    public String kind() {
        return kind;
    }
}
