package org.casebook.kernel.refusal;

import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.deployment.DeploymentCommand;
import org.casebook.kernel.funds.FundsCommand;
import org.casebook.kernel.responder.ResponderCommand;

/**
 * A request named a record that is not in the record, or did not exist at the moment asked about: answered with
 * 404, type {@code unknown-<kind>} and title "No such {@code <thing>}". Commands and queries refuse alike.
 */
public class UnknownRecord extends RuntimeException {

    /** What kinds of record a request can name. */
    public enum Kind {
        CASE("case", "case", "crisis case"),
        RESPONDER("responder", "responder", "responder"),
        DEPLOYMENT("deployment", "deployment", "deployment"),
        FUNDING_SOURCE("funding-source", "funding source", "funding source"),
        /** An allocation or obligation of a funding source. */
        ENTRY("entry", "allocation or obligation", "allocation or obligation"),
        HANDOVER("handover", "handover", "handover"),
        RISK("risk", "risk", "risk"),
        SUBMISSION("submission", "submission", "report submission"),
        VERIFICATION("verification", "verification run", "verification run");

        private final String kindName;
        private final String thing;
        private final String inSentence;

        Kind(String kindName, String thing, String inSentence) {
            this.kindName = kindName;
            this.thing = thing;
            this.inSentence = inSentence;
        }

        /** As the problem's type names it: {@code funding-source}. */
        public String kindName() {
            return kindName;
        }

        /** As the problem's title names it: "funding source". */
        public String thing() {
            return thing;
        }
    }

    private final Kind kind;

    /** No record of this kind has {@code id}. */
    public UnknownRecord(Kind kind, String id) {
        this("no " + kind.inSentence + " has the id " + id, kind);
    }

    /** No record is addressed by {@code command}: a case, responder, deployment or funding source by its kind. */
    public UnknownRecord(AddressedCommand command) {
        this(command instanceof ResponderCommand ? Kind.RESPONDER
                     : command instanceof DeploymentCommand ? Kind.DEPLOYMENT
                     : command instanceof FundsCommand ? Kind.FUNDING_SOURCE : Kind.CASE, command.targetId());
    }

    private UnknownRecord(String message, Kind kind) {
        super(message);
        this.kind = kind;
    }

    /**
     * For a record named within another ("case C-1 has no handover H-2"), or one that exists but not as asked
     * (not yet opened then): the message says which.
     */
    public static UnknownRecord saying(Kind kind, String message) {
        return new UnknownRecord(message, kind);
    }

    public Kind kind() {
        return kind;
    }
}
