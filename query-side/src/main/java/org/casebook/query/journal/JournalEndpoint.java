package org.casebook.query.journal;

import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The journal's head digest: publish it, and anyone can later prove the record up to it is unchanged. */
@RestController
@RequestMapping(path = "/api/journal", produces = MediaType.APPLICATION_JSON_VALUE)
public record JournalEndpoint(JournalStorageEngine journal) {

    @GetMapping("/head")
    public JournalHead head() {
        return journal.head();
    }
}
