package org.casebook.kernel.node;

/**
 * Which side of Casebook a process runs ({@code casebook.node.role}, {@code ./casebook start --role}): the command
 * side (writes, and the background work that writes: handover deadlines, the directory listed at start), the query
 * side (the views' processors, rebuilds, reports), or both. Every role answers reads: the views live in the store,
 * and a command node's {@code ?after=} waits on the positions the query nodes store.
 */
public enum NodeRole {
    COMMAND, QUERY, ALL;

    public static final String PROPERTY = "casebook.node.role";
    /** A Spring condition ({@code @ConditionalOnExpression}): this node records commands. */
    public static final String TAKES_WRITES = "!'${" + PROPERTY + "}'.equalsIgnoreCase('query')";
    /** A Spring condition ({@code @ConditionalOnExpression}): this node runs the views' processors. */
    public static final String RUNS_VIEWS = "!'${" + PROPERTY + "}'.equalsIgnoreCase('command')";

    public boolean takesWrites() {
        return this != QUERY;
    }

    public boolean runsViews() {
        return this != COMMAND;
    }

    /** As the command line and the configuration spell it. */
    public String spelled() {
        return name().toLowerCase();
    }
}
