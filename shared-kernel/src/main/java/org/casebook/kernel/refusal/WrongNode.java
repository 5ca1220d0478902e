package org.casebook.kernel.refusal;

import org.casebook.kernel.node.NodeRole;

/**
 * A request this node's role does not serve ({@link NodeRole}): a write sent to a query node. Nothing was done; the
 * same request sent to a node of the right role is answered (421 Misdirected Request).
 */
public class WrongNode extends RuntimeException {

    private final NodeRole role;

    public WrongNode(NodeRole role, String detail) {
        super(detail);
        this.role = role;
    }

    /** A write (a command) sent to a node that does not take writes. */
    public static WrongNode writeTo(NodeRole role) {
        return new WrongNode(role, "this node serves reads (casebook.node.role=" + role.spelled()
                + "); send writes to a command node: nothing was recorded");
    }

    public NodeRole role() {
        return role;
    }
}
