package org.casebook.console;

import java.util.Set;

import org.casebook.command.web.Affiliation;
import org.casebook.kernel.Clearance;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** Who is signed in to the console: their account, their one role, the body they act for, and their clearance. */
public record SignedIn(String account, String role, String body, boolean cleared) {

    private static final String ROLE = "ROLE_";

    /** Who is signed in, or null for a page anyone may read (the sign-in form). */
    public static SignedIn ofNullable(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
                : of(authentication);
    }

    public static SignedIn of(Authentication authentication) {
        Set<String> authorities = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
        String role = authorities.stream().filter(a -> a.startsWith(ROLE)).map(a -> a.substring(ROLE.length()))
                                 .findFirst().orElse("");
        return new SignedIn(authentication.getName(), role, Affiliation.of(authentication),
                            Clearance.holdsSbu(authorities));
    }

    /** Whether the role reads cases (coordinators, auditors and reporting staff; admins read operations only). */
    public boolean readsCases() {
        return !"ADMIN".equals(role) && !role.isEmpty();
    }

    /** The page a role starts from. */
    public String home() {
        return switch (role) {
            case "COORDINATOR", "AUDITOR", "REPORTER" -> "/board";
            // operations have no screen yet: an admin works them through the API, documented there
            default -> "/swagger-ui.html";
        };
    }
}
