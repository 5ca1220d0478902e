package org.casebook.query.reporting;

import java.util.Set;
import java.util.stream.Collectors;

import org.casebook.query.InvalidQuery;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who a report is for. The standard edition, for wide distribution, withholds the text of SBU entries (it still
 * counts them); the SBU edition shows it, and only a REPORTER with SBU clearance may ask for it. Clearance is an
 * attribute of the account ({@code casebook.security.users[i].clearance: SBU}), carried as an authority.
 */
public enum Edition {
    STANDARD, SBU;

    public static final String SBU_CLEARANCE = "CLEARANCE:SBU";

    public static Edition requested(String edition, Authentication caller) {
        if (edition == null || edition.equals("standard")) {
            return STANDARD;
        }
        if (!edition.equals("sbu")) {
            throw new InvalidQuery("edition", "must be standard or sbu");
        }
        Set<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                                        .collect(Collectors.toSet());
        if (!authorities.contains("ROLE_REPORTER") || !authorities.contains(SBU_CLEARANCE)) {
            throw new NotCleared(caller.getName());
        }
        return SBU;
    }
}
