package org.casebook.command.crisis;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casebook.command.web.CommandBody;
import org.casebook.command.web.IsoCountry;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CorrectEntry;
import org.casebook.kernel.crisis.CorrectLeadBody;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.EventId;
import org.casebook.kernel.crisis.Finding;
import org.casebook.kernel.crisis.FindingType;
import org.casebook.kernel.crisis.MoveCrisisToStage;
import org.casebook.kernel.crisis.OpenCrisis;
import org.casebook.kernel.crisis.RecordAssessment;
import org.casebook.kernel.crisis.RecordDecision;
import org.casebook.kernel.crisis.ReopenCrisis;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;

/**
 * The JSON bodies of the crisis commands, with their shape rules. Rules that depend on the case (such as "moving
 * back needs a reason") are the case's own and answer 422; these answer 400. {@code effectiveAt} is optional
 * everywhere and defaults to the time of recording.
 */
public final class CrisisRequests {

    static final int LINE = 200;
    static final int TEXT = 20_000;

    private CrisisRequests() {
    }

    public record OpenCrisisRequest(
            @NotBlank @Size(max = LINE) String title,
            @NotNull @IsoCountry String country,
            @Size(max = LINE) String region,
            @NotBlank @Size(max = TEXT) String summary,
            Stage stage,
            @NotNull Sensitivity sensitivity,
            @NotBlank @Size(max = Body.MAX_LENGTH) String leadBody,
            @NotBlank @Size(max = Coordinator.MAX_LENGTH) String leadCoordinator,
            Instant effectiveAt) implements CommandBody {

        public OpenCrisis toCommand(CaseId id) {
            return new OpenCrisis(id, title, new CountryCode(country), region == null || region.isBlank() ? null : region,
                                  summary, stage, sensitivity, new Body(leadBody), new Coordinator(leadCoordinator));
        }
    }

    public record FindingRequest(@NotNull FindingType type, @NotBlank @Size(max = TEXT) String text) {
    }

    public record RecordAssessmentRequest(
            @NotNull @Size(max = 200) List<@NotNull @Valid FindingRequest> findings,
            @NotBlank @Size(max = TEXT) String summary,
            Instant effectiveAt) implements CommandBody {

        public RecordAssessment toCommand(CaseId id) {
            return new RecordAssessment(id, findings.stream().map(f -> new Finding(f.type(), f.text())).toList(),
                                        summary);
        }
    }

    public record RecordDecisionRequest(
            @NotBlank @Size(max = TEXT) String decision,
            @NotBlank @Size(max = TEXT) String rationale,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = TEXT) String> optionsConsidered,
            @NotBlank @Size(max = Body.MAX_LENGTH) String decidingBody,
            @NotBlank @Size(max = LINE) String authority,
            @Pattern(regexp = "D-[1-9][0-9]{0,8}", message = "must be a decision id of this case, such as D-3")
            String supersedes,
            Sensitivity sensitivity,
            Instant effectiveAt) implements CommandBody {

        public RecordDecision toCommand(CaseId id) {
            return new RecordDecision(id, decision, rationale, optionsConsidered, new Body(decidingBody), authority,
                                      supersedes == null ? null : new DecisionId(supersedes), sensitivity);
        }
    }

    public record MoveToStageRequest(
            @NotNull Stage stage,
            @Size(max = TEXT) String reason,
            @Size(max = TEXT) String outcome,
            Instant effectiveAt) implements CommandBody {

        public MoveCrisisToStage toCommand(CaseId id) {
            return new MoveCrisisToStage(id, stage, reason, outcome);
        }
    }

    public record ReopenRequest(@NotBlank @Size(max = TEXT) String reason, Instant effectiveAt) implements CommandBody {

        public ReopenCrisis toCommand(CaseId id) {
            return new ReopenCrisis(id, reason);
        }
    }

    public record CorrectEntryRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be the event id of an entry")
            String correctsEventId,
            @NotBlank @Size(max = TEXT) String reason,
            @NotBlank @Size(max = TEXT) String correctedText,
            Instant effectiveAt) implements CommandBody {

        public CorrectEntry toCommand(CaseId id) {
            return new CorrectEntry(id, new EventId(correctsEventId), reason, correctedText);
        }
    }

    record CorrectLeadBodyRequest(
            @NotBlank @Size(max = Body.MAX_LENGTH) String leadBody,
            @NotBlank @Size(max = TEXT) String reason,
            Instant effectiveAt) implements CommandBody {

        CorrectLeadBody toCommand(CaseId id) {
            return new CorrectLeadBody(id, new Body(leadBody), reason);
        }
    }
}
