package org.casebook.server.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.node.NodeRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * /actuator/info (admins and the metrics account): {@code casebook.version} (the build's, from
 * META-INF/build-info.properties), {@code casebook.role} (the node's: command, query or all) and {@code casebook.journal} (the head's position and hash, as
 * /api/journal/head answers).
 */
@Component
public class JournalInfoContributor implements InfoContributor {

    private final JournalStorageEngine journal;
    private final String version;
    private final NodeRole role;

    public JournalInfoContributor(JournalStorageEngine journal, ObjectProvider<BuildProperties> build, NodeRole role) {
        this.journal = journal;
        this.role = role;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "unknown" : properties.getVersion();
    }

    @Override
    public void contribute(Info.Builder info) {
        JournalHead head = journal.head();
        Map<String, Object> casebook = new LinkedHashMap<>();
        casebook.put("version", version);
        casebook.put("role", role.spelled());
        casebook.put("journal", Map.of("position", head.position(), "hash", head.hash()));
        info.withDetail("casebook", casebook);
    }
}
