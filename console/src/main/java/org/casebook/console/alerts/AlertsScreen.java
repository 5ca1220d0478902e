package org.casebook.console.alerts;

import org.casebook.command.handover.HandoverSettings;
import org.casebook.console.SignedIn;
import org.casebook.query.alerts.Alerts;
import org.casebook.query.funds.CapUse;
import org.casebook.query.overdue.ReviewSettings;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in person's body's inbox ({@link Alerts}, as {@code /api/alerts} answers it): each thing that needs
 * attention names its case by title, says why in words (a handover's deadlines by {@link HandoverSettings}, an
 * assessment's age by {@link ReviewSettings}, a cap's share by {@link CapUse#NEARLY}) and links to where to act.
 */
@Controller
public record AlertsScreen(Alerts alerts, HandoverSettings handovers, ReviewSettings reviews) {

    @GetMapping("/alerts")
    public String inbox(Authentication caller, Model model) {
        model.addAttribute("inbox", alerts.of(SignedIn.of(caller).body(), caller));
        model.addAttribute("deadlines", handovers.timetable());
        model.addAttribute("reviewDays", reviews.assessmentMaxAge().toDays());
        model.addAttribute("nearlyPercent", CapUse.NEARLY.movePointRight(2).intValue());
        return "alerts";
    }
}
