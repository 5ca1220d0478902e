package org.casebook.query.deadletters;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The views' parked events ({@link DeadLetters}) for an admin to see, and to retry once the cause is fixed. */
@RestController
@RequestMapping(path = "/api/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
public record DeadLettersEndpoint(DeadLetters deadLetters) {

    @GetMapping
    public List<DeadLetters.Sequence> deadLetters(Authentication caller) {
        return deadLetters.sequences(caller);
    }

    @PostMapping("/{view}/retry")
    public DeadLetters.Retried retry(@PathVariable String view) {
        return deadLetters.retry(view);
    }
}
