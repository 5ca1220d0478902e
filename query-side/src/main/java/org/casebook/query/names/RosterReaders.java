package org.casebook.query.names;

import org.springframework.security.core.Authentication;

/**
 * Who may read the roster, and so a responder's name and contact (personal data). The launcher answers it from the
 * rule that guards the roster itself, so that a name shows nowhere the roster could not be read.
 */
public interface RosterReaders {

    boolean mayRead(Authentication caller);
}
