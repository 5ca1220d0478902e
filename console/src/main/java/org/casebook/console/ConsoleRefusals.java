package org.casebook.console;

import jakarta.servlet.http.HttpServletResponse;
import org.casebook.kernel.refusal.NotCleared;
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
        return refused(HttpServletResponse.SC_NOT_FOUND, "not-found", e, response, model);
    }

    @ExceptionHandler(NotYourStep.class)
    public String notYours(NotYourStep e, HttpServletResponse response, Model model) {
        return refused(HttpServletResponse.SC_FORBIDDEN, "not-allowed", e, response, model);
    }

    private String refused(int status, String page, RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("what", e.getMessage());
        header(model);
        return page;
    }

    /** A read the account's clearance does not allow (the journal's export without SBU clearance, say). */
    @ExceptionHandler(NotCleared.class)
    public String notCleared(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        header(model);
        return "not-allowed";
    }

    /** What the header shows: an exception handler's model is not prepared by ConsolePages. */
    private void header(Model model) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("signedIn", pages.signedIn(caller));
        model.addAttribute("readsRoster", pages.readsRoster(caller));
        model.addAttribute("readsReports", pages.readsReports(caller));
        model.addAttribute("readsSubmissions", pages.readsSubmissions(caller));
    }
}
