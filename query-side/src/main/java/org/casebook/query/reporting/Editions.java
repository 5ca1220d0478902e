package org.casebook.query.reporting;

import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.NotCleared;
import org.casebook.kernel.reporting.ReportEdition;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The edition a reader asks for: the SBU edition only for an account cleared for SBU. */
public final class Editions {

    private Editions() {
    }

    public static ReportEdition requested(String edition, Authentication caller) {
        ReportEdition named = edition == null ? ReportEdition.STANDARD
                : ReportEdition.named(edition).orElseThrow(() -> new InvalidInput("edition", ReportEdition.NAMES));
        if (!named.isFor(AuthorityUtils.authorityListToSet(caller.getAuthorities()))) {
            throw new NotCleared(caller.getName(), "read the SBU edition");
        }
        return named;
    }
}
