package org.casebook.console.home;

import org.casebook.console.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's front door: the sign-in form, and after it the page each role starts from. */
@Controller
public class HomePage {

    @GetMapping("/")
    public String home(Authentication authentication) {
        return "redirect:" + SignedIn.of(authentication).home();
    }

    @GetMapping("/sign-in")
    public String signIn() {
        return "sign-in";
    }
}
