package org.casebook.command.responder;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.Skill;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the roster accepts, as configuration ({@code casebook.responders}): the skills a responder may have, and
 * the longest tour, in days, of each component of the corps (defaults in {@code application.yml}).
 */
@ConfigurationProperties("casebook.responders")
public record RosterSettings(List<String> skills, Map<CorpsComponent, Integer> tourLimits) {

    public RosterSettings {
        skills = List.copyOf(skills == null ? List.of() : skills);
        Map<CorpsComponent, Integer> limits = new EnumMap<>(CorpsComponent.class);
        limits.putAll(tourLimits == null ? Map.of() : tourLimits);
        tourLimits = limits;
        for (CorpsComponent component : CorpsComponent.values()) {
            Integer limit = tourLimits.get(component);
            if (limit == null || limit < 1) {
                throw new IllegalArgumentException("casebook.responders.tour-limits needs a positive number of days "
                                                           + "for " + component);
            }
        }
    }

    public boolean knows(Skill skill) {
        return skills.contains(skill.value());
    }

    public int tourLimit(CorpsComponent component) {
        return tourLimits.get(component);
    }
}
