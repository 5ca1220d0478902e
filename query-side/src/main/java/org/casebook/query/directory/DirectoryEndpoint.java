package org.casebook.query.directory;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory of bodies and people, for every role: read from the directory's own stream in the journal, so it
 * shows a body or a person the moment they are listed. Display names and bodies only: nothing of an account's
 * role, clearance or password.
 */
@RestController
public record DirectoryEndpoint(DirectoryRecord record) {

    @GetMapping(path = "/api/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
    public Directory.ListedBodies bodies() {
        return record.read().bodies();
    }

    @GetMapping(path = "/api/people", produces = MediaType.APPLICATION_JSON_VALUE)
    public Directory.ListedPeople people() {
        return record.read().people();
    }
}
