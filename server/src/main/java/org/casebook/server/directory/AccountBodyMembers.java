package org.casebook.server.directory;

import org.casebook.command.directory.BodyMembers;
import org.casebook.kernel.crisis.Body;
import org.casebook.server.security.Accounts;
import org.springframework.stereotype.Component;

/** Which accounts belong to which body: the accounts' own ({@code casebook.security.users[i].body}, demo users). */
@Component
public record AccountBodyMembers(Accounts accounts) implements BodyMembers {

    @Override
    public boolean isCoordinatorOf(String user, Body body) {
        return accounts.isCoordinatorOf(user, body.value());
    }
}
