package org.casebook.kernel.responder;

import java.util.List;

/** Replaces a responder's skills. */
public record ChangeResponderSkills(ResponderId responderId, List<Skill> skills) implements ResponderCommand {

    public ChangeResponderSkills {
        skills = List.copyOf(skills);
    }
}
