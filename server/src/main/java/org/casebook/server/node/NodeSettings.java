package org.casebook.server.node;

import org.casebook.kernel.node.NodeRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code casebook.node}: which side of Casebook this process runs ({@code role}: command, query or all). */
@ConfigurationProperties("casebook.node")
public record NodeSettings(NodeRole role) {

    /** The role as a bean of its own, for the sides, which do not read the launcher's settings. */
    @Configuration
    static class Role {
        @Bean
        NodeRole nodeRole(NodeSettings settings) {
            return settings.role();
        }
    }
}
