package org.casebook.server;

import java.io.PrintStream;

import org.casebook.server.security.Accounts;
import org.casebook.server.security.DemoUsers;
import org.casebook.journal.store.Store;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Casebook where it is and how to sign in. */
@Component
public class ReadyBanner {

    private final Store store;
    private final Accounts accounts;

    public ReadyBanner(Store store, Accounts accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        String url = "http://localhost:" + port;
        PrintStream out = System.out;
        out.println();
        out.println("Casebook is ready at " + url + "/  (API under " + url + "/api, docs at " + url + "/swagger-ui.html)");
        out.println("Store: " + store.description());
        if (!accounts.demoUsers().isEmpty()) {
            out.println("Demo users (embedded store only; passwords kept in the data folder, or $"
                                + DemoUsers.PASSWORD_VARIABLE + "):");
            for (DemoUsers.DemoUser user : accounts.demoUsers()) {
                out.printf("  %-18s %-20s %s%s%s%n", user.name(), user.password(), user.role(),
                           user.body() == null ? "" : " of " + user.body(),
                           user.clearance() == null ? "" : ", " + user.clearance() + " clearance");
            }
            DemoUsers.DemoUser coordinator = accounts.demoUsers().get(0);
            out.println("Try: curl -u " + coordinator.name() + ":" + coordinator.password() + " " + url + "/api/crises");
        }
        out.println();
    }
}
