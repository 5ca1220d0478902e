package org.casebook.server.directory;

import org.casebook.command.directory.PersonNames;
import org.casebook.query.directory.DirectoryRecord;
import org.springframework.stereotype.Component;

/** How the directory names an account now: read from the directory's record, folded as {@code GET /api/people}. */
@Component
public record DirectoryPersonNames(DirectoryRecord directory) implements PersonNames {

    @Override
    public String displayNameOf(String account) {
        return directory.read().displayNameOf(account);
    }
}
