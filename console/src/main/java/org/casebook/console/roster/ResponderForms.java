package org.casebook.console.roster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebook.command.responder.ResponderRequests.AvailabilityRequest;
import org.casebook.command.responder.ResponderRequests.RetireRequest;
import org.casebook.command.responder.ResponderRequests.SkillsRequest;
import org.casebook.console.NoSuchPage;
import org.casebook.console.Shown;

/** The forms that change a responder on the roster, each once: what it sends, how it is labelled, what it offers. */
final class ResponderForms {

    /** The two answers to whether a responder can deploy, as the requests' {@code available} takes them. */
    static final Map<String, String> AVAILABILITIES = availabilities();

    /** The skills they have: every skill of the roster as a box to tick, theirs ticked; the whole list is sent. */
    static final ResponderForm<SkillsRequest> SKILLS = new ResponderForm<>(
            "skills", "Change skills", SkillsRequest.class, SkillsRequest::toCommand,
            labels("skills", "Skills"), false,
            (responder, offered) -> offered.put("skills", responder.skills()),
            (roster, fields, shown) -> {
                // a skill of theirs the roster no longer knows is shown too, ticked, so that it can be taken away
                Map<String, String> skills = new LinkedHashMap<>(roster.skills());
                fields.filled("skills").forEach(skill -> skills.putIfAbsent(skill, new Shown().word(skill)));
                shown.put("skills", skills);
            });

    /** Whether they can deploy: available, or unavailable until the day they are back, for a reason. */
    static final ResponderForm<AvailabilityRequest> AVAILABILITY = new ResponderForm<>(
            "availability", "Set availability", AvailabilityRequest.class, AvailabilityRequest::toCommand,
            labels("available", "Availability", "until", "Back on", "reason", "Why unavailable"), false,
            (responder, offered) -> offered.put("available", String.valueOf(responder.unavailableReason() == null)),
            (roster, fields, shown) -> shown.put("availabilities", AVAILABILITIES));

    /** They stay on the roster, marked retired, and nothing changes on them after. */
    static final ResponderForm<RetireRequest> RETIRE = new ResponderForm<>(
            "retire", "Retire the responder", RetireRequest.class, RetireRequest::toCommand,
            labels("reason", "Reason"), true, (responder, offered) -> { }, (roster, fields, shown) -> { });

    private static final List<ResponderForm<?>> ALL = List.of(SKILLS, AVAILABILITY, RETIRE);

    private ResponderForms() {
    }

    /** The form at that path under a responder; the not-found page for any other. */
    static ResponderForm<?> at(String path) {
        return ALL.stream().filter(form -> form.path().equals(path)).findFirst()
                  .orElseThrow(() -> new NoSuchPage("no form of a responder is called " + path));
    }

    /** The labels of a form's fields, with the moment it took effect that every form has. */
    static Map<String, String> labels(String... fieldsAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndLabels.length; i += 2) {
            labels.put(fieldsAndLabels[i], fieldsAndLabels[i + 1]);
        }
        labels.put("effectiveAt", "Took effect (UTC)");
        return Collections.unmodifiableMap(labels);
    }

    private static Map<String, String> availabilities() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("true", "Available");
        choices.put("false", "Unavailable");
        return Collections.unmodifiableMap(choices);
    }
}
