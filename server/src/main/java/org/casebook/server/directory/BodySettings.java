package org.casebook.server.directory;

import java.util.List;

import org.casebook.kernel.directory.BodyKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bodies a fresh install lists ({@code casebook.bodies.listed[i].name, .kind, .display-name}); Casebook lists
 * them, and every body an account names, at start when they are missing ({@code list-at-start}, true unless an
 * office keeps its directory by hand). An admin lists others.
 */
@ConfigurationProperties("casebook.bodies")
public record BodySettings(List<Listed> listed, boolean listAtStart) {

    public record Listed(String name, BodyKind kind, String displayName) {
    }

    public BodySettings {
        listed = listed == null ? List.of() : List.copyOf(listed);
        for (Listed body : listed) {
            if (body.name() == null || body.name().isBlank() || body.kind() == null) {
                throw new IllegalArgumentException("casebook.bodies.listed: each body needs a name and a kind");
            }
        }
    }
}
