package org.casebook.console.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Every form that records on a case itself ({@link CaseForms}), offered and sent as {@link CaseFormPages} say. */
@Controller
public record CaseFormScreen(CaseFormPages pages) {

    @GetMapping("/cases/{id}/{path}/new")
    public String form(@PathVariable String id, @PathVariable String path, Authentication caller,
                       HttpServletRequest request, Model model) {
        return pages.offer(CaseForms.at(path), id, caller, request, model);
    }

    @PostMapping("/cases/{id}/{path}")
    public String record(@PathVariable String id, @PathVariable String path, HttpServletRequest request,
                         Authentication caller, Model model, HttpServletResponse response) {
        return pages.record(CaseForms.at(path), id, caller, request, model, response);
    }
}
