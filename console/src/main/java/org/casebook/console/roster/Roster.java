package org.casebook.console.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.casebook.command.responder.RosterSettings;
import org.casebook.console.Shown;
import org.casebook.kernel.refusal.PathIds;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.Skill;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.names.RecordNames;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.roster.RosterPage;
import org.casebook.query.roster.RosterProjection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The roster as the console reads it: the API's view, once it holds the caller's own write ({@code after}), through
 * the same need-to-know, with the cases of each deployment by title; and the choices its forms offer, from the
 * roster's configuration, so that a form offers what the responder's rules accept.
 */
@Component
public record Roster(RosterProjection view, ViewProgress progress, NeedToKnow needToKnow, RecordNames names,
                     RosterSettings settings, Clock clock) {

    public RosterPage page(Skill skill, CorpsComponent component, LocalDate availableOn, int number, int size,
                           Long after, Authentication caller) {
        progress.awaitPosition(Views.ROSTER, after);
        return needToKnow.roster(caller, view.page(skill, component, availableOn, number, size));
    }

    /** One responder as the caller may read them; the not-found page for an id that names none. */
    public ResponderShown responder(String id, Long after, Authentication caller) {
        ResponderId responderId = PathIds.responderId(id);
        progress.awaitPosition(Views.ROSTER, after);
        return view.responder(responderId).map(found -> needToKnow.responder(caller, found))
                   .map(found -> ResponderShown.of(found, today(), names.caseTitlesShown(caller)))
                   .orElseThrow(() -> new UnknownRecord(UnknownRecord.Kind.RESPONDER, id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The skills the roster knows, by name ({@code rule-of-law}: "Rule of law"). */
    public Map<String, String> skills() {
        Map<String, String> skills = new LinkedHashMap<>();
        settings.skills().forEach(skill -> skills.put(skill, new Shown().word(skill)));
        return skills;
    }

    /** The components of the corps, each with what sets it apart and its longest tour. */
    public Map<String, String> components() {
        Map<String, String> components = new LinkedHashMap<>();
        for (CorpsComponent component : CorpsComponent.values()) {
            components.put(component.name(), new Shown().word(component) + ": " + switch (component) {
                case ACTIVE -> "full-time, deployable within about 48 hours";
                case STANDBY -> "from another agency, called up within weeks";
                case RESERVE -> "a volunteer from outside the federal government";
            } + "; tours of up to " + settings.tourLimit(component) + " days");
        }
        return components;
    }
}
