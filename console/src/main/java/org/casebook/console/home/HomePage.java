package org.casebook.console.home;

import jakarta.servlet.http.HttpServletResponse;
import org.casebook.console.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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

    /** Where a page the role may not see leads (403); the navigation offers only what the role may do. */
    @RequestMapping("/not-allowed")
    public String notAllowed(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "not-allowed";
    }
}
