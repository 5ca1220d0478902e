package org.casebook.kernel.responder;

import java.util.List;

import org.casebook.kernel.EventType;

/**
 * A responder joined the roster. Everything personal is in {@code personal}, so that it can be encrypted per
 * responder without changing the rest; {@code maxTourDays} is the limit that applies to them.
 */
@EventType(name = "ResponderRegistered", revision = "1")
public record ResponderRegistered(
        ResponderId responderId,
        PersonalDetails personal,
        CorpsComponent component,
        Agency agency,
        List<Skill> skills,
        int maxTourDays,
        Availability availability) implements ResponderEvent {

    public ResponderRegistered {
        skills = List.copyOf(skills);
    }
}
