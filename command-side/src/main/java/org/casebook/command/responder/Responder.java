package org.casebook.command.responder;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebook.command.responder.ResponderRule.RESPONDER_DOUBLE_BOOKED;
import static org.casebook.command.responder.ResponderRule.RESPONDER_IS_BOOKED;
import static org.casebook.command.responder.ResponderRule.RESPONDER_IS_RETIRED;
import static org.casebook.command.responder.ResponderRule.RESPONDER_LACKS_SKILL;
import static org.casebook.command.responder.ResponderRule.RESPONDER_UNAVAILABLE;
import static org.casebook.command.responder.ResponderRule.RETIRING_NEEDS_REASON;
import static org.casebook.command.responder.ResponderRule.SKILL_MUST_BE_KNOWN;
import static org.casebook.command.responder.ResponderRule.TOUR_LIMIT_EXCEEDED;
import static org.casebook.command.responder.ResponderRule.TOUR_LONGER_THAN_COMPONENT_ALLOWS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebook.command.EffectiveTime;
import org.casebook.kernel.refusal.Mention;
import org.casebook.command.Versioned;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRole;
import org.casebook.kernel.deployment.Period;
import org.casebook.kernel.responder.Availability;
import org.casebook.kernel.responder.ChangeResponderAvailability;
import org.casebook.kernel.responder.ChangeResponderSkills;
import org.casebook.kernel.responder.RegisterResponder;
import org.casebook.kernel.responder.ResponderAvailabilityChanged;
import org.casebook.kernel.responder.ResponderBooked;
import org.casebook.kernel.responder.ResponderBookingCancelled;
import org.casebook.kernel.responder.ResponderBookingChanged;
import org.casebook.kernel.responder.ResponderEvent;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.ResponderRegistered;
import org.casebook.kernel.responder.ResponderRetired;
import org.casebook.kernel.responder.ResponderSkillsChanged;
import org.casebook.kernel.responder.RetireResponder;
import org.casebook.kernel.responder.Skill;

/**
 * A responder of the civilian response corps: their skills, availability and tour limit, until they retire, and
 * their bookings. The responder is where "never on two crises at once" holds: every booking is checked against
 * the others in this one stream, so two racing approvals cannot both be recorded.
 */
@Aggregate(commandTargetResolver = "addressedCommandTargetResolver")
public class Responder implements Versioned {

    private record Booking(CaseId crisisId, Period period) {
    }

    @AggregateIdentifier
    private ResponderId id;
    private boolean retired;
    private List<Skill> skills;
    private int maxTourDays;
    private Availability availability;
    /** When the registration took effect: nothing of the responder takes effect before it. */
    private Instant registeredAt;
    private final Map<DeploymentId, Booking> bookings = new LinkedHashMap<>();

    protected Responder() {
    }

    @CommandHandler
    public Responder(RegisterResponder command, RosterSettings settings) {
        List<Skill> skills = known(command.skills(), settings);
        int limit = settings.tourLimit(command.component());
        int maxTourDays = command.maxTourDays() == null ? limit : command.maxTourDays();
        if (maxTourDays > limit) {
            throw TOUR_LONGER_THAN_COMPONENT_ALLOWS.broken("maxTourDays", "a tour of " + maxTourDays
                    + " days is longer than the " + limit + " days the "
                    + command.component().name().toLowerCase(Locale.ROOT) + " component allows");
        }
        Availability availability = command.availability() == null ? Availability.availableNow()
                                                                   : command.availability();
        apply(new ResponderRegistered(command.responderId(), command.personal(), command.component(), command.agency(),
                                      skills, maxTourDays, availability));
    }

    @Override
    public String versionedRecord() {
        return "responder " + id.value();
    }

    /**
     * No change of a responder takes effect before they were registered: their own commands, and (called by the
     * deployment desk, which handles them outside this aggregate's interceptors) every step of a deployment of theirs.
     */
    @CommandHandlerInterceptor
    public void requireEffectiveSinceRegistration(@MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        EffectiveTime.requireNotBefore(registeredAt, effectiveAt, Mention.responder(id));
    }

    @CommandHandler
    public void handle(ChangeResponderSkills command, RosterSettings settings) {
        requireActive("change the skills of");
        apply(new ResponderSkillsChanged(id, known(command.skills(), settings)));
    }

    @CommandHandler
    public void handle(ChangeResponderAvailability command,
                       @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        requireActive("change the availability of");
        Availability changed = command.availability();
        if (!changed.available()) {
            LocalDate from = day(effectiveAt);
            bookings.forEach((deployment, booking) -> {
                if (booking.period().start().isBefore(changed.until()) && !booking.period().end().isBefore(from)) {
                    throw RESPONDER_UNAVAILABLE.brokenAbout("until", Mention.responder(id), " is booked on ",
                            Mention.deployment(deployment), " to ", Mention.crisis(booking.crisisId()), " from "
                            + booking.period() + "; end or change it first");
                }
            });
        }
        apply(new ResponderAvailabilityChanged(id, changed));
    }

    @CommandHandler
    public void handle(RetireResponder command, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        requireActive("retire");
        if (command.reason() == null || command.reason().isBlank()) {
            throw RETIRING_NEEDS_REASON.broken("reason", "retiring a responder needs a reason");
        }
        LocalDate from = day(effectiveAt);
        bookings.forEach((deployment, booking) -> {
            if (!booking.period().end().isBefore(from)) {
                throw RESPONDER_IS_BOOKED.brokenAbout(null, Mention.responder(id), " is booked on ",
                        Mention.deployment(deployment), " to ", Mention.crisis(booking.crisisId()), " until "
                        + booking.period().end() + "; end it first");
            }
        });
        apply(new ResponderRetired(id, command.reason()));
    }

    /** Refuses a deployment that asks for a skill the responder lacks, or a responder who has retired. */
    public void checkCanBeRequested(Skill skill) {
        requireActive("request");
        if (!skills.contains(skill)) {
            throw RESPONDER_LACKS_SKILL.brokenAbout("skill", Mention.responder(id), " does not have the skill "
                    + skill + "; their skills are " + skills);
        }
    }

    /**
     * Books the responder for a deployment, if the period is free, they are available (as registered, or as changed
     * since) and within their limit.
     */
    public void book(DeploymentId deployment, CaseId crisisId, DeploymentRole role, Period period) {
        requireActive("book");
        requireFree(deployment, period, null);
        apply(new ResponderBooked(id, deployment, crisisId, role, period));
    }

    /**
     * Moves a booking to {@code period} (a later end, or other days before the deployment starts), under the same
     * rules; past the tour limit only with a reason.
     */
    public void rebook(DeploymentId deployment, Period period, String overrideReason) {
        requireActive("change a booking of");
        requireFree(deployment, period, overrideReason);
        apply(new ResponderBookingChanged(id, deployment, period));
    }

    /** Frees the days of a booking whose deployment was called off before it started. */
    public void cancel(DeploymentId deployment) {
        apply(new ResponderBookingCancelled(id, deployment));
    }

    /** Ends a booking after {@code lastDay}. */
    public void release(DeploymentId deployment, LocalDate lastDay) {
        apply(new ResponderBookingChanged(id, deployment, bookings.get(deployment).period().endingOn(lastDay)));
    }

    private void requireFree(DeploymentId deployment, Period period, String overrideReason) {
        if (!availability.on(period.start())) {
            throw RESPONDER_UNAVAILABLE.brokenAbout("period", Mention.responder(id), " is unavailable until "
                    + availability.until() + " (" + availability.reason() + ")");
        }
        if (period.days() > maxTourDays && (overrideReason == null || overrideReason.isBlank())) {
            throw TOUR_LIMIT_EXCEEDED.brokenAbout("period", "a tour of " + period.days() + " days is longer than the "
                    + maxTourDays + " days ", Mention.responder(id), " may serve; give a reason to override the limit");
        }
        bookings.forEach((other, booking) -> {
            if (!other.equals(deployment) && booking.period().overlaps(period)) {
                throw RESPONDER_DOUBLE_BOOKED.brokenAbout("period", Mention.responder(id), " is already booked from "
                        + booking.period() + " on ", Mention.deployment(other), " to ",
                        Mention.crisis(booking.crisisId()));
            }
        });
    }

    private static LocalDate day(String effectiveAt) {
        return effectiveAt == null ? LocalDate.MIN : Instant.parse(effectiveAt).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private void requireActive(String action) {
        if (retired) {
            throw RESPONDER_IS_RETIRED.brokenAbout(null, Mention.responder(id), " is retired: cannot " + action
                    + " them");
        }
    }

    /** The skills, each once and in order, if the roster knows every one of them. */
    private static List<Skill> known(List<Skill> skills, RosterSettings settings) {
        for (Skill skill : skills) {
            if (!settings.knows(skill)) {
                throw SKILL_MUST_BE_KNOWN.broken("skills", "'" + skill + "' is not a skill of the roster; known are "
                        + String.join(", ", settings.skills()));
            }
        }
        return skills.stream().distinct().sorted((a, b) -> a.value().compareTo(b.value())).toList();
    }

    @EventSourcingHandler
    void on(ResponderEvent event, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        if (event instanceof ResponderRegistered registered) {
            registeredAt = effectiveAt == null ? null : Instant.parse(effectiveAt);
            id = registered.responderId();
            skills = registered.skills();
            maxTourDays = registered.maxTourDays();
            availability = registered.availability();
        } else if (event instanceof ResponderSkillsChanged changed) {
            skills = changed.skills();
        } else if (event instanceof ResponderAvailabilityChanged changed) {
            availability = changed.availability();
        } else if (event instanceof ResponderRetired) {
            retired = true;
        } else if (event instanceof ResponderBooked booked) {
            bookings.put(booked.deploymentId(), new Booking(booked.crisisId(), booked.period()));
        } else if (event instanceof ResponderBookingCancelled cancelled) {
            bookings.remove(cancelled.deploymentId());
        } else if (event instanceof ResponderBookingChanged changed) {
            bookings.computeIfPresent(changed.deploymentId(), (deployment, booking) ->
                    new Booking(booking.crisisId(), changed.period()));
        }
    }
}
