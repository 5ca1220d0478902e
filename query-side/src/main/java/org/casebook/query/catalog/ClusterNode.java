package org.casebook.query.catalog;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * This process among the nodes on one store: the name it claims view segments and leases under. Axon's default
 * (pid@host) is shared by two servers in one JVM, which then both processed a view and, stopping, released the
 * other's claim; a random suffix keeps each apart.
 */
@Component
public class ClusterNode {

    private final String name = ManagementFactory.getRuntimeMXBean().getName() + "#"
                                + UUID.randomUUID().toString().substring(0, 8);

    public String name() {
        return name;
    }
}
