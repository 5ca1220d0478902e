package org.casebook.console.funds;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.funds.FundsRequests.RegisterRequest;
import org.casebook.console.form.FormFields;
import org.casebook.console.form.Forms;
import org.casebook.console.form.Outcome;
import org.casebook.query.funds.FundsQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funding sources: each with its cap and what is allocated, obligated, disbursed and remains under it, read as
 * {@code GET /api/funding-sources} reads them; and registering one by the API's own request, as the signed-in
 * person. {@code after} (a journal position) shows the list once it holds that entry.
 */
@Controller
public record FundingSourcesScreen(FundsQueries funds, Forms forms) {

    /** Each field as the form labels it, and as a refusal names it. */
    static final Map<String, String> LABELS = Map.of("authority", "Authority", "fiscalYear", "Fiscal year",
                                                     "cap", "Cap (US dollars)", "effectiveAt", "Took effect (UTC)");

    @GetMapping("/funding-sources")
    public String sources(@RequestParam(required = false) Long after, Authentication caller, Model model) {
        model.addAttribute("sources", funds.sources(after, caller));
        return "funding-sources";
    }

    @GetMapping("/funding-sources/new")
    public String form(Model model) {
        return show(FormFields.offered(Map.of()), null, model);
    }

    @PostMapping("/funding-sources")
    public String register(HttpServletRequest request, Authentication caller, Model model,
                           HttpServletResponse response) {
        FormFields fields = FormFields.sent(request.getParameterMap());
        Outcome outcome = forms.send(fields, RegisterRequest.class, RegisterRequest::toCommand, caller);
        if (outcome.recorded()) {
            return "redirect:/funding-sources?after=" + outcome.receipt().position() + "#"
                    + outcome.receipt().id();
        }
        response.setStatus(outcome.status());
        return show(fields, outcome, model);
    }

    private static String show(FormFields fields, Outcome outcome, Model model) {
        Forms.show(model, fields, outcome, LABELS, RegisterRequest.class);
        return "funding-source-register";
    }
}
