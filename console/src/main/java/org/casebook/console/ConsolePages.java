package org.casebook.console;

import org.casebook.query.names.RosterReaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows in its header: who is signed in, and the screens their role may read. */
@ControllerAdvice(basePackages = "org.casebook.console")
public class ConsolePages {

    private final RosterReaders rosterReaders;

    public ConsolePages(RosterReaders rosterReaders) {
        this.rosterReaders = rosterReaders;
    }

    @ModelAttribute("signedIn")
    public SignedIn signedIn(Authentication authentication) {
        return SignedIn.ofNullable(authentication);
    }

    /** Whether the roster is in the navigation: by the rule that guards the roster itself. */
    @ModelAttribute("readsRoster")
    public boolean readsRoster(Authentication authentication) {
        return SignedIn.ofNullable(authentication) != null && rosterReaders.mayRead(authentication);
    }
}
