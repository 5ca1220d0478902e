package org.casebook.kernel.responder;

import java.util.List;

import org.casebook.kernel.EventType;

/** A responder's skills are now {@code skills}. */
@EventType(name = "ResponderSkillsChanged", revision = "1")
public record ResponderSkillsChanged(ResponderId responderId, List<Skill> skills) implements ResponderEvent {

    public ResponderSkillsChanged {
        skills = List.copyOf(skills);
    }
}
