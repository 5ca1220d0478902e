package org.casebook.server.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;

import org.casebook.command.web.Affiliation;
import org.casebook.kernel.Membership;
import org.casebook.kernel.Clearance;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The users who may sign in: configured users, plus the demo users on the embedded store. One role each. */
public final class Accounts {

    /** A person who signs in: the account, their name as people read it (the account when none is given), body. */
    public record Person(String account, String displayName, String body) {
    }

    private final List<UserDetails> users;
    private final List<DemoUsers.DemoUser> demoUsers;
    private final List<Person> people;

    public Accounts(List<SecurityProperties.ConfiguredUser> configured, List<DemoUsers.DemoUser> demoUsers) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        List<UserDetails> all = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Person> people = new ArrayList<>();
        for (SecurityProperties.ConfiguredUser user : configured) {
            if (user.name() == null || user.passwordHash() == null || user.role() == null) {
                throw new IllegalStateException("casebook.security.users: each user needs name, password-hash and role");
            }
            String hash = user.passwordHash().startsWith("{bcrypt}")
                    ? user.passwordHash() : "{bcrypt}" + user.passwordHash();
            all.add(user(user.name(), hash, user.role(), user.body(), user.clearance(), names));
            people.add(person(user.name(), user.displayName(), user.body()));
        }
        for (DemoUsers.DemoUser demo : demoUsers) {
            all.add(user(demo.name(), "{bcrypt}" + bcrypt.encode(demo.password()), demo.role(), demo.body(),
                         demo.clearance(), names));
            people.add(person(demo.name(), demo.displayName(), demo.body()));
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no users can sign in: configure casebook.security.users "
                    + "(demo users exist only on the embedded store)");
        }
        this.users = List.copyOf(all);
        this.demoUsers = List.copyOf(demoUsers);
        this.people = List.copyOf(people);
    }

    private static Person person(String name, String displayName, String body) {
        return new Person(name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                          body == null || body.isBlank() ? null : body.strip());
    }

    /** Everyone who signs in, in the order the accounts are configured, with their display names and bodies. */
    public List<Person> people() {
        return people;
    }

    /**
     * The user's body, if any, travels as the authority {@code BODY:<body>} (see {@link Affiliation}); an SBU
     * clearance as {@code CLEARANCE:SBU} (see {@link Clearance}).
     */
    private static UserDetails user(String name, String hash, Role role, String body, String clearance,
                                    Set<String> names) {
        if (!names.add(name)) {
            throw new IllegalStateException("casebook.security.users: the user name " + name + " is used twice");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        if (body != null && !body.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(Affiliation.AUTHORITY_PREFIX + body.strip()));
        }
        if ("SBU".equals(clearance)) {
            authorities.add(new SimpleGrantedAuthority(Clearance.SBU));
        } else if (clearance != null && !clearance.isBlank()) {
            throw new IllegalStateException("casebook.security.users: the clearance of " + name
                    + " must be SBU or nothing, not " + clearance);
        }
        return User.withUsername(name).password(hash).authorities(authorities).build();
    }

    public List<UserDetails> users() {
        return users;
    }

    /** Every body an account belongs to, in the order the accounts are configured. */
    public Set<String> bodies() {
        Set<String> bodies = new LinkedHashSet<>();
        users.forEach(user -> bodyOf(user).ifPresent(bodies::add));
        return bodies;
    }

    /** Whether {@code name} is an account of {@code body} with the COORDINATOR role. */
    public boolean isCoordinatorOf(String name, String body) {
        return users.stream().anyMatch(user -> user.getUsername().equals(name)
                && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.COORDINATOR.name()))
                && bodyOf(user).filter(body::equals).isPresent());
    }

    private static Optional<String> bodyOf(UserDetails user) {
        return Optional.ofNullable(Membership.bodyOf(AuthorityUtils.authorityListToSet(user.getAuthorities())));
    }

    public List<DemoUsers.DemoUser> demoUsers() {
        return demoUsers;
    }
}
