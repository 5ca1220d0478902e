package org.casebook.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The root leads to the API documentation until the web console arrives. */
@Controller
public class RootRedirect {

    @GetMapping("/")
    public String root() {
        return "redirect:/swagger-ui.html";
    }
}
