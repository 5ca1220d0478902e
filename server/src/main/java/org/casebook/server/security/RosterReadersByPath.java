package org.casebook.server.security;

import org.casebook.query.names.RosterReaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/** Whoever may {@code GET /api/responders} may read the roster's names: the one rule, in {@link SecurityConfiguration}. */
@Component
class RosterReadersByPath implements RosterReaders {

    private static final String ROSTER = "/api/responders";

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;

    RosterReadersByPath(ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
        this.privileges = privileges;
    }

    @Override
    public boolean mayRead(Authentication caller) {
        WebInvocationPrivilegeEvaluator evaluator = privileges.getIfUnique();
        return caller != null && evaluator != null && evaluator.isAllowed(null, ROSTER, "GET", caller);
    }
}
