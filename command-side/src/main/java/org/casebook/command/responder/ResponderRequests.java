package org.casebook.command.responder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casebook.command.web.CommandBody;
import org.casebook.command.web.WithinHorizon;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.responder.Agency;
import org.casebook.kernel.responder.Availability;
import org.casebook.kernel.responder.ChangeResponderAvailability;
import org.casebook.kernel.responder.ChangeResponderSkills;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.PersonalDetails;
import org.casebook.kernel.responder.RegisterResponder;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.RetireResponder;
import org.casebook.kernel.responder.Skill;

/**
 * The JSON bodies of the roster commands, with their shape rules (400). Rules that depend on the responder or on
 * the configured roster (known skills, tour limits) are the responder's own and answer 422. Public, with their
 * commands, because the console's roster forms send these same requests.
 */
public final class ResponderRequests {

    private static final String SKILL = "[a-z][a-z0-9-]{0,39}";
    private static final String SKILL_MESSAGE = "must be a lower-case skill name such as rule-of-law";

    private ResponderRequests() {
    }

    public record RegisterRequest(
            @NotBlank @Size(max = PersonalDetails.MAX_LENGTH) String name,
            @Size(max = PersonalDetails.MAX_LENGTH) String contact,
            @NotNull CorpsComponent component,
            @NotBlank @Size(max = Agency.MAX_LENGTH) String agency,
            @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = SKILL, message = SKILL_MESSAGE) String> skills,
            @Min(1) @Max(3_650) Integer maxTourDays,
            @Valid AvailabilityRequest availability,
            Instant effectiveAt) implements CommandBody {

        public RegisterResponder toCommand(ResponderId id) {
            PersonalDetails personal = new PersonalDetails(name, contact == null || contact.isBlank() ? null : contact);
            return new RegisterResponder(id, personal, component, new Agency(agency), toSkills(skills), maxTourDays,
                                         availability == null ? null : availability.toAvailability("availability."));
        }
    }

    public record SkillsRequest(
            @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = SKILL, message = SKILL_MESSAGE) String> skills,
            Instant effectiveAt) implements CommandBody {

        public ChangeResponderSkills toCommand(ResponderId id) {
            return new ChangeResponderSkills(id, toSkills(skills));
        }
    }

    /**
     * Available, or unavailable {@code until} a date (the first day available again, after today: a day past means
     * available) with a {@code reason}.
     */
    public record AvailabilityRequest(@NotNull Boolean available, @WithinHorizon(afterToday = true) LocalDate until,
                                      @Size(max = 2_000) String reason, Instant effectiveAt) implements CommandBody {

        public ChangeResponderAvailability toCommand(ResponderId id) {
            return new ChangeResponderAvailability(id, toAvailability(""));
        }

        Availability toAvailability(String prefix) {
            if (available) {
                if (until != null || reason != null) {
                    throw new InvalidInput(prefix + (until != null ? "until" : "reason"),
                                           "an available responder has no date or reason of unavailability");
                }
                return Availability.availableNow();
            }
            if (until == null) {
                throw new InvalidInput(prefix + "until", "an unavailable responder needs the date they are back");
            }
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput(prefix + "reason", "an unavailable responder needs a reason");
            }
            return Availability.unavailableUntil(until, reason);
        }
    }

    public record RetireRequest(@NotBlank @Size(max = 2_000) String reason, Instant effectiveAt)
            implements CommandBody {

        public RetireResponder toCommand(ResponderId id) {
            return new RetireResponder(id, reason);
        }
    }

    private static List<Skill> toSkills(List<String> names) {
        return names.stream().map(Skill::new).toList();
    }
}
