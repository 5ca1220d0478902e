package org.casebook.console;

import jakarta.servlet.http.HttpServletResponse;
import org.casebook.kernel.refusal.UnknownRecord;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A console page refused for a reason of the record is a page that says so, not the API's problem details. */
@ControllerAdvice(basePackages = "org.casebook.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleRefusals {

    private final ConsolePages pages;

    public ConsoleRefusals(ConsolePages pages) {
        this.pages = pages;
    }

    @ExceptionHandler({UnknownRecord.class, NoSuchPage.class})
    public String unknown(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("what", e.getMessage());
        // an exception handler's model is not prepared by ConsolePages
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("signedIn", pages.signedIn(caller));
        model.addAttribute("readsRoster", pages.readsRoster(caller));
        model.addAttribute("readsReports", pages.readsReports(caller));
        model.addAttribute("readsSubmissions", pages.readsSubmissions(caller));
        return "not-found";
    }
}
