package org.casebook.console;

import org.casebook.console.alerts.InboxCount;
import org.casebook.query.alerts.Alerts;
import org.casebook.query.names.RosterReaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows in its header: who is signed in, and the screens their role may read. */
@ControllerAdvice(basePackages = "org.casebook.console")
public class ConsolePages {

    private final RosterReaders rosterReaders;
    private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;
    private final Alerts alerts;

    public ConsolePages(RosterReaders rosterReaders, ObjectProvider<WebInvocationPrivilegeEvaluator> privileges,
                        Alerts alerts) {
        this.rosterReaders = rosterReaders;
        this.privileges = privileges;
        this.alerts = alerts;
    }

    @ModelAttribute("signedIn")
    public SignedIn signedIn(Authentication authentication) {
        return SignedIn.ofNullable(authentication);
    }

    /** Whether the roster is in the navigation: by the rule that guards the roster itself. */
    @ModelAttribute("readsRoster")
    public boolean readsRoster(Authentication authentication) {
        return SignedIn.ofNullable(authentication) != null && rosterReaders.mayRead(authentication);
    }

    /** The count of Alerts in the navigation, for the roles that have the inbox (null for the others). */
    @ModelAttribute("alertCount")
    public InboxCount alertCount(Authentication authentication) {
        SignedIn signedIn = SignedIn.ofNullable(authentication);
        return signedIn == null || !signedIn.hasInbox() ? null
                : new InboxCount(() -> alerts.of(signedIn.body(), authentication).count());
    }

    /** Whether Reports is in the navigation: for whoever the API lets build reports. */
    @ModelAttribute("readsReports")
    public boolean readsReports(Authentication authentication) {
        return apiLets(authentication, "/api/reports/activity");
    }

    /** Whether the submitted reports are: for whoever the API lets read them (auditors too). */
    @ModelAttribute("readsSubmissions")
    public boolean readsSubmissions(Authentication authentication) {
        return apiLets(authentication, "/api/reports/submissions");
    }

    /** Whether the API's own rule lets the signed-in person GET that path. */
    private boolean apiLets(Authentication authentication, String path) {
        WebInvocationPrivilegeEvaluator evaluator = privileges.getIfUnique();
        return SignedIn.ofNullable(authentication) != null && evaluator != null
                && evaluator.isAllowed(null, path, "GET", authentication);
    }
}
