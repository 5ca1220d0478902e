package org.casebook.server.directory;

import org.casebook.command.directory.BodyMembers;
import org.casebook.kernel.crisis.Body;
import org.casebook.server.security.Accounts;
import org.springframework.stereotype.Component;

/** Which accounts belong to which body: the accounts' own ({@code casebook.security.users[i].body}, demo users). */
@Component
public class AccountBodyMembers implements BodyMembers {

    private final Accounts accounts;

    public AccountBodyMembers(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean isCoordinatorOf(String user, Body body) {
        return accounts.isCoordinatorOf(user, body.value());
    }
}
