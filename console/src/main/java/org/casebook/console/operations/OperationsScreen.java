package org.casebook.console.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebook.console.NoSuchPage;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.query.deadletters.DeadLetters;
import org.casebook.query.rebuild.ViewRebuilds;
import org.casebook.query.rebuild.ViewStates;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operations, for admins: every view against the journal's head (position, lag, rebuild, parked events), a view
 * rebuilt from the journal after a confirmation, and a view's parked events retried; by the same
 * {@link ViewStates}, {@link ViewRebuilds} and {@link DeadLetters} the admin API calls.
 */
@Controller
public record OperationsScreen(ViewStates states, ViewRebuilds rebuilds, DeadLetters deadLetters) {

    /** How often, in seconds, a page showing a running rebuild reloads itself (a meta refresh: no script). */
    static final int REFRESH_SECONDS = 2;

    @GetMapping("/operations")
    public String operations(Authentication caller, Model model) {
        model.addAttribute("overview", states.overview());
        Map<String, List<DeadLetters.Letter>> parked = new LinkedHashMap<>();
        deadLetters.sequences(caller).forEach(sequence -> parked.computeIfAbsent(sequence.view(), view -> new ArrayList<>())
                                                                .addAll(sequence.letters()));
        model.addAttribute("parked", parked);
        return "operations";
    }

    /** The confirmation a rebuild asks for: what it does, and the button that starts it. */
    @GetMapping("/operations/views/{view}/rebuild/new")
    public String confirm(@PathVariable String view, Model model) {
        model.addAttribute("state", states.of(known(view)));
        model.addAttribute("confirming", true);
        return "view-rebuild";
    }

    @PostMapping("/operations/views/{view}/rebuild")
    public String rebuild(@PathVariable String view) {
        rebuilds.start(known(view));
        return "redirect:/operations/views/" + view + "/rebuild";
    }

    /** The rebuild's progress, reloading itself while it runs, and how it ended. */
    @GetMapping("/operations/views/{view}/rebuild")
    public String progress(@PathVariable String view, Model model) {
        ViewStates.ViewState state = states.of(known(view));
        if (state.rebuild() == null) {
            return "redirect:/operations/views/" + view + "/rebuild/new";
        }
        model.addAttribute("state", state);
        model.addAttribute("confirming", false);
        if (state.rebuilding()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "view-rebuild";
    }

    @PostMapping("/operations/views/{view}/retry")
    public String retry(@PathVariable String view, RedirectAttributes redirect) {
        redirect.addFlashAttribute("retried", deadLetters.retry(known(view)));
        return "redirect:/operations#dead-letters";
    }

    private static String known(String view) {
        if (!ViewCatalog.NAMES.contains(view)) {
            throw new NoSuchPage("no view " + view + "; the views are " + String.join(", ", ViewCatalog.NAMES));
        }
        return view;
    }
}
