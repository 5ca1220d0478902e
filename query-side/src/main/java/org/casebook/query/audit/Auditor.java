package org.casebook.query.audit;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** Who is reading, as the access log records it: the signed-in user and the role they read in. */
record Auditor(String user, String role) {

    private static final List<String> ROLES = List.of("AUDITOR", "COORDINATOR", "REPORTER", "ADMIN");

    static Auditor of(HttpServletRequest request) {
        String role = ROLES.stream().filter(request::isUserInRole).findFirst().orElse("NONE");
        return new Auditor(request.getUserPrincipal().getName(), role);
    }
}
