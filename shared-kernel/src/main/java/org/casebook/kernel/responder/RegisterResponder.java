package org.casebook.kernel.responder;

import java.util.List;

/**
 * Adds a responder to the roster. {@code maxTourDays} is the longest tour they may serve; null means the limit
 * of their component.
 */
public record RegisterResponder(
        ResponderId responderId,
        PersonalDetails personal,
        CorpsComponent component,
        Agency agency,
        List<Skill> skills,
        Integer maxTourDays,
        Availability availability) implements ResponderCommand {

    public RegisterResponder {
        skills = List.copyOf(skills);
    }
}
