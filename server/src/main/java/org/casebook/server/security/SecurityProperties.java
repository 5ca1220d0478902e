package org.casebook.server.security;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users from configuration ({@code casebook.security.users[i].name / password-hash / role / body / clearance /
 * display-name});
 * password hashes are BCrypt, with or without the {@code {bcrypt}} prefix. {@code demoUsers} adds the demo users,
 * on the embedded store only, with {@code demoPassword} (empty: one generated for each). {@code rememberVerified}: how
 * long a password that passed the BCrypt check is remembered. Defaults and meaning in {@code application.yml}.
 */
@ConfigurationProperties(prefix = "casebook.security")
public record SecurityProperties(List<ConfiguredUser> users, boolean demoUsers, String demoPassword,
                                 Duration rememberVerified) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        demoPassword = demoPassword == null ? "" : demoPassword;
        Objects.requireNonNull(rememberVerified, "casebook.security.remember-verified is not set");
    }

    /**
     * {@code body}: the body a coordinator belongs to (CRSG, an embassy, an agency), for handovers; optional.
     * {@code clearance}: {@code SBU} lets a reporter read the SBU edition of reports; optional.
     * {@code displayName}: the user's name as people read it ("M. Alvarez"), listed in the directory of people at
     * start when the account is not listed yet; optional (the login name).
     */
    public record ConfiguredUser(String name, String passwordHash, Role role, String body, String clearance,
                                 String displayName) {
    }
}
