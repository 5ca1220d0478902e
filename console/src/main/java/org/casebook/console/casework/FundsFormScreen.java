package org.casebook.console.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.query.funds.FundsQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every movement of a case's money ({@link FundsForms}): a form on one funding source as its ledger shows it to the
 * person, with the case's funds to pick from, offered and sent as {@link CaseFormPages} say. Allocating starts by
 * picking the source, by its authority, among those registered.
 */
@Controller
public record FundsFormScreen(CaseFormPages pages, FundsQueries funds) {

    /** The source to allocate from, picked by authority; once picked, the allocation form on it. */
    @GetMapping("/cases/{id}/funds/new")
    public String pick(@PathVariable String id, @RequestParam(required = false) String sourceId,
                       Authentication caller, Model model) {
        if (sourceId != null && !sourceId.isBlank()) {
            String source = funds.ledger(sourceId, null, caller).sourceId();
            return "redirect:" + UriComponentsBuilder.fromPath("/cases/{id}/funds/{source}/allocations/new")
                                                     .buildAndExpand(id, source).encode().toUriString();
        }
        model.addAttribute("file", pages.read(id, caller).file());
        model.addAttribute("sources", funds.sources(null, caller));
        return "case-funds-source";
    }

    @GetMapping("/cases/{id}/funds/{sourceId}/{path}/new")
    public String form(@PathVariable String id, @PathVariable String sourceId, @PathVariable String path,
                       Authentication caller, HttpServletRequest request, Model model) {
        return pages.offer(form(id, sourceId, path, caller), id, caller, request, model);
    }

    @PostMapping("/cases/{id}/funds/{sourceId}/{path}")
    public String record(@PathVariable String id, @PathVariable String sourceId, @PathVariable String path,
                         HttpServletRequest request, Authentication caller, Model model,
                         HttpServletResponse response) {
        return pages.record(form(id, sourceId, path, caller), id, caller, request, model, response);
    }

    private CaseForm<?> form(String id, String sourceId, String path, Authentication caller) {
        return FundsForms.on(path, funds.ledger(sourceId, null, caller), funds.caseFunds(id, null, caller));
    }
}
