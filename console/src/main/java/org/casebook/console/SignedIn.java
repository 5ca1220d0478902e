package org.casebook.console;

import org.casebook.command.Actor;
import org.casebook.command.web.CommandRequestResolver;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Who is signed in to the console: their account, their one role, the body they act for, and their clearance. */
public record SignedIn(String account, String role, String body, boolean cleared) {

    /** Who is signed in, or null for a page anyone may read (the sign-in form). */
    public static SignedIn ofNullable(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
                : of(authentication);
    }

    public static SignedIn of(Authentication authentication) {
        Actor actor = CommandRequestResolver.actor(authentication);
        return new SignedIn(actor.user(), actor.role(), actor.body(), actor.clearedForSbu());
    }

    /**
     * Whether the role reads cases (coordinators, auditors and reporting staff; admins read operations only, the
     * metrics account metrics only).
     */
    public boolean readsCases() {
        return "COORDINATOR".equals(role) || "AUDITOR".equals(role) || "REPORTER".equals(role);
    }

    /**
     * Whether the person has an inbox (Alerts): coordinators of a body, who answer its handovers, assess its cases
     * and allocate its money; every other role reads only, and has nothing there to act on.
     */
    public boolean hasInbox() {
        return "COORDINATOR".equals(role) && body != null;
    }

    /** Whether the role has the auditor's desk: verification, the export and the access log are theirs alone. */
    public boolean audits() {
        return "AUDITOR".equals(role);
    }

    /** Whether the role runs operations (admins: views, their rebuilds and parked events). */
    public boolean runsOperations() {
        return "ADMIN".equals(role);
    }

    /** The page a role starts from. */
    public String home() {
        return switch (role) {
            case "COORDINATOR" -> "/board";
            case "AUDITOR" -> "/audit";
            case "REPORTER" -> "/reports";
            case "ADMIN" -> "/operations";
            default -> "/swagger-ui.html";
        };
    }
}
