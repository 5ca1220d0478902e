package org.casebook.console;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows in its header: who is signed in. */
@ControllerAdvice(basePackages = "org.casebook.console")
public class ConsolePages {

    @ModelAttribute("signedIn")
    public SignedIn signedIn(Authentication authentication) {
        return SignedIn.ofNullable(authentication);
    }
}
