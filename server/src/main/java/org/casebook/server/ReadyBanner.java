package org.casebook.server;

import java.io.PrintStream;

import org.casebook.journal.digest.DigestKey;
import org.casebook.journal.store.Store;
import org.casebook.kernel.node.NodeRole;
import org.casebook.server.digests.DigestProperties;
import org.casebook.server.security.Accounts;
import org.casebook.server.security.DemoUsers;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started Casebook where it is, how to sign in, and the public key its head digests are signed with
 * (to keep outside Casebook: it is what proves the digests later).
 */
@Component
public record ReadyBanner(Store store, Accounts accounts, DigestKey digestKey, DigestProperties digests, NodeRole role) {

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        String url = "http://localhost:" + port;
        PrintStream out = System.out;
        out.println();
        out.println("Casebook is ready at " + url + "/  (sign in there with a user below; API under " + url
                + "/api, docs at " + url + "/swagger-ui.html)");
        out.println("Role: " + role.spelled() + switch (role) {
            case ALL -> " (command side and query side)";
            case COMMAND -> " (writes; runs no views: its ?after= reads wait on the query nodes)";
            case QUERY -> " (views and reads; refuses writes)";
        });
        out.println("Store: " + store.description());
        out.println("Head digests: signed every " + digests.every().toString().substring(2).toLowerCase()
                            + " and at shutdown with Ed25519 key " + digestKey.publicKey().id() + " (" + digestKey.file()
                            + ")");
        out.println("  public key (base64 of its DER bytes, the body of a PEM PUBLIC KEY): "
                            + digestKey.publicKey().base64());
        if (!accounts.demoUsers().isEmpty()) {
            out.println("Demo users (embedded store only; passwords kept in the data folder's " + DemoUsers.FILE_NAME
                                + ", all set by $" + DemoUsers.PASSWORD_VARIABLE + " when given):");
            for (DemoUsers.DemoUser user : accounts.demoUsers()) {
                out.printf("  %-18s %-20s %-11s %s%s%s%n", user.name(), user.password(), user.displayName(),
                           user.role(), user.body() == null ? "" : " of " + user.body(),
                           user.clearance() == null ? "" : ", " + user.clearance() + " clearance");
            }
            DemoUsers.DemoUser coordinator = accounts.demoUsers().get(0);
            out.println("Try: curl -u " + coordinator.name() + ":" + coordinator.password() + " " + url + "/api/crises");
        }
        out.println();
    }
}
