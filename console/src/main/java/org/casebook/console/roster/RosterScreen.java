package org.casebook.console.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.Skill;
import org.casebook.query.roster.RosterPage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The roster in the browser: responders by name, filtered by skill, component and the day they could deploy, in
 * pages; and each responder's page. {@code after} (a journal position) shows them once the roster holds that entry.
 */
@Controller
public record RosterScreen(Roster roster) {

    static final int PAGE_SIZE = 25;

    @GetMapping("/responders")
    public String roster(@RequestParam(required = false) String skill,
                         @RequestParam(required = false) String component,
                         @RequestParam(required = false) String availableOn,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long after,
                         Authentication caller, Model model) {
        // a filter the page did not offer (an address typed by hand) filters nothing, as on the status board
        Skill bySkill = skill != null && Skill.isValid(skill) ? new Skill(skill) : null;
        CorpsComponent byComponent = Arrays.stream(CorpsComponent.values())
                                           .filter(c -> c.name().equals(component)).findFirst().orElse(null);
        LocalDate byDay = day(availableOn).orElse(null);
        int number = Math.max(0, page);
        RosterPage shown = roster.page(bySkill, byComponent, byDay, number, PAGE_SIZE, after, caller);
        LocalDate today = roster.today();
        Function<String, Optional<String>> titles = roster.names().caseTitlesShown(caller);
        model.addAttribute("responders", shown.items().stream()
                                              .map(found -> ResponderShown.of(found, today, titles)).toList());
        model.addAttribute("total", shown.total());
        model.addAttribute("page", number);
        model.addAttribute("lastPage", Math.max(0, (int) ((shown.total() - 1) / PAGE_SIZE)));
        model.addAttribute("skills", roster.skills());
        model.addAttribute("components", CorpsComponent.values());
        model.addAttribute("skill", bySkill == null ? "" : bySkill.value());
        model.addAttribute("component", byComponent == null ? "" : byComponent.name());
        model.addAttribute("availableOn", byDay == null ? "" : byDay.toString());
        return "roster";
    }

    @GetMapping("/responders/{id}")
    public String responder(@PathVariable String id, @RequestParam(required = false) Long after,
                            Authentication caller, Model model) {
        model.addAttribute("responder", roster.responder(id, after, caller));
        return "responder";
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
