package org.casebook.command.crisis;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebook.command.crisis.CrisisRule.ASSESSMENT_NEEDS_FINDINGS;
import static org.casebook.command.crisis.CrisisRule.CASE_IS_CLOSED;
import static org.casebook.command.crisis.CrisisRule.CLOSING_NEEDS_OUTCOME;
import static org.casebook.command.crisis.CrisisRule.CORRECTION_NEEDS_REASON;
import static org.casebook.command.crisis.CrisisRule.CORRECTION_TARGET_MUST_BE_IN_CASE;
import static org.casebook.command.crisis.CrisisRule.DECISION_ALREADY_SUPERSEDED;
import static org.casebook.command.crisis.CrisisRule.DECISION_MUST_EXIST;
import static org.casebook.command.crisis.CrisisRule.DECISION_NEEDS_OPTIONS;
import static org.casebook.command.crisis.CrisisRule.MOVING_BACK_NEEDS_REASON;
import static org.casebook.command.crisis.CrisisRule.ONLY_A_CLOSED_CASE_REOPENS;
import static org.casebook.command.crisis.CrisisRule.OPENS_BEFORE_CLOSING;
import static org.casebook.command.crisis.CrisisRule.OUTCOME_ONLY_WHEN_CLOSING;
import static org.casebook.command.crisis.CrisisRule.REOPENING_NEEDS_REASON;
import static org.casebook.command.crisis.CrisisRule.SKIPPING_AHEAD_NEEDS_REASON;
import static org.casebook.command.crisis.CrisisRule.STAGE_UNCHANGED;
import static org.casebook.command.crisis.CrisisRule.SUPERSEDED_DECISION_MUST_EXIST;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebook.command.EffectiveTime;
import org.casebook.kernel.refusal.Mention;
import org.casebook.command.Versioned;
import org.casebook.command.handover.Handovers;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.AssessmentId;
import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.CorrectEntry;
import org.casebook.kernel.crisis.CorrectLeadBody;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.crisis.MoveCrisisToStage;
import org.casebook.kernel.crisis.OpenCrisis;
import org.casebook.kernel.crisis.RecordAssessment;
import org.casebook.kernel.crisis.RecordDecision;
import org.casebook.kernel.crisis.ReopenCrisis;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.handover.AcceptHandover;
import org.casebook.kernel.handover.DeclineHandover;
import org.casebook.kernel.handover.CloseRisk;
import org.casebook.kernel.handover.EscalateHandover;
import org.casebook.kernel.handover.RiskClosed;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.LapseHandover;
import org.casebook.kernel.handover.ProposeHandover;
import org.casebook.kernel.handover.TransferLead;
import org.casebook.kernel.handover.WithdrawHandover;

/** A crisis case: it checks each command against the rules of the record and, if they hold, records the event. */
@Aggregate(commandTargetResolver = "addressedCommandTargetResolver")
public class Crisis implements Versioned {

    @AggregateIdentifier
    private CaseId id;
    private Stage stage;
    private Stage closedFrom;
    private AssessmentId currentAssessment;
    private int assessmentCount;
    private int decisionCount;
    /** Every decision of the case, with the decision that superseded it (null while it stands). */
    private final Map<DecisionId, DecisionId> supersededBy = new HashMap<>();
    private final EntryIndex entries = new EntryIndex();
    private Instant openedEffectiveAt;
    private final Handovers handovers = new Handovers();

    protected Crisis() {
    }

    @CommandHandler
    public Crisis(OpenCrisis command) {
        Stage initial = command.initialStage() == null ? Stage.WATCH : command.initialStage();
        if (initial == Stage.CLOSED) {
            throw OPENS_BEFORE_CLOSING.broken("stage", "a case cannot be opened as closed");
        }
        apply(new CrisisOpened(command.crisisId(), command.title(), command.country(), command.region(),
                               command.summary(), initial, command.sensitivity(), command.leadBody(),
                               command.leadCoordinator()));
    }

    /** Nothing of a case takes effect before the case was opened (a late entry may lie in the past, not there). */
    @CommandHandlerInterceptor
    public void requireEffectiveSinceOpening(@MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        EffectiveTime.requireNotBefore(openedEffectiveAt, effectiveAt, Mention.crisis(id.value()));
    }

    @Override
    public String versionedRecord() {
        return "case " + id.value();
    }

    @CommandHandler
    public AssessmentId handle(RecordAssessment command) {
        requireOpen("record an assessment");
        if (command.findings().isEmpty()) {
            throw ASSESSMENT_NEEDS_FINDINGS.broken("findings", "an assessment records at least one finding");
        }
        AssessmentId assessmentId = AssessmentId.number(assessmentCount + 1);
        apply(new AssessmentRecorded(id, assessmentId, command.findings(), command.summary()));
        return assessmentId;
    }

    @CommandHandler
    public DecisionId handle(RecordDecision command) {
        requireOpen("record a decision");
        if (command.optionsConsidered().isEmpty()) {
            throw DECISION_NEEDS_OPTIONS.broken("optionsConsidered",
                                                "a decision records at least one option that was considered");
        }
        DecisionId superseded = command.supersedes();
        if (superseded != null) {
            if (!supersededBy.containsKey(superseded)) {
                throw SUPERSEDED_DECISION_MUST_EXIST.broken(
                        "supersedes", "decision " + superseded + " is not a decision of this case");
            }
            DecisionId successor = supersededBy.get(superseded);
            if (successor != null) {
                throw DECISION_ALREADY_SUPERSEDED.broken(
                        "supersedes", "decision " + superseded + " is already superseded by " + successor);
            }
        }
        DecisionId decisionId = DecisionId.number(decisionCount + 1);
        apply(new DecisionRecorded(id, decisionId, command.decision(), command.rationale(),
                                   command.optionsConsidered(), command.decidingBody(), command.authority(),
                                   superseded, currentAssessment, command.sensitivity()));
        return decisionId;
    }

    @CommandHandler
    public void handle(MoveCrisisToStage command) {
        requireOpen("move it to another stage");
        Stage target = command.stage();
        if (target == stage) {
            throw STAGE_UNCHANGED.broken("stage", "the case is already in stage " + stage.word());
        }
        if (target == Stage.CLOSED) {
            if (isBlank(command.outcome())) {
                throw CLOSING_NEEDS_OUTCOME.broken("outcome", "closing a case needs its outcome");
            }
            apply(new CrisisClosed(id, stage, command.outcome(), blankToNull(command.reason())));
            return;
        }
        if (command.outcome() != null) {
            throw OUTCOME_ONLY_WHEN_CLOSING.broken("outcome", "an outcome is recorded only when a case closes");
        }
        if (target.isAfter(stage.next()) && isBlank(command.reason())) {
            throw SKIPPING_AHEAD_NEEDS_REASON.broken(
                    "reason", "moving from " + stage.word() + " to " + target.word() + " skips " + stage.next().word()
                            + "; say why");
        }
        if (stage.isAfter(target) && isBlank(command.reason())) {
            throw MOVING_BACK_NEEDS_REASON.broken(
                    "reason", "moving back from " + stage.word() + " to " + target.word() + " needs a reason");
        }
        apply(new CrisisMovedToStage(id, stage, target, blankToNull(command.reason())));
    }

    @CommandHandler
    public void handle(ReopenCrisis command) {
        if (stage != Stage.CLOSED) {
            throw ONLY_A_CLOSED_CASE_REOPENS.broken(null, "the case is in stage " + stage.word() + ", not closed");
        }
        if (isBlank(command.reason())) {
            throw REOPENING_NEEDS_REASON.broken("reason", "reopening a case needs a reason");
        }
        apply(new CrisisReopened(id, closedFrom, command.reason()));
    }

    @CommandHandler
    public void handle(CorrectEntry command) {
        EntryIndex.Entry target = entries.find(command.correctsEventId().value()).orElseThrow(
                () -> CORRECTION_TARGET_MUST_BE_IN_CASE.broken(
                        "correctsEventId", "event " + command.correctsEventId() + " is not an entry of this case"));
        if (isBlank(command.reason())) {
            throw CORRECTION_NEEDS_REASON.broken("reason", "a correction needs a reason");
        }
        apply(new EntryCorrected(id, command.correctsEventId(), target.sequence(), target.type(),
                                 command.reason(), command.correctedText()));
    }

    /** The body leading the whole case is corrected (the directory check has found it listed). */
    @CommandHandler
    public void handle(CorrectLeadBody command) {
        requireOpen("correct its lead body");
        if (isBlank(command.reason())) {
            throw CORRECTION_NEEDS_REASON.broken("reason", "a correction needs a reason");
        }
        apply(handovers.correctLead(id, command.leadBody(), command.reason()));
    }

    @CommandHandler
    public HandoverId handle(ProposeHandover command) {
        requireOpen("propose a handover");
        HandoverProposed proposed = handovers.propose(id, command);
        apply(proposed);
        return proposed.handoverId();
    }

    /** Effective on the day proposed, or on the day accepted if that is later; the lead moves on that day. */
    @CommandHandler
    public void handle(AcceptHandover command, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        requireOpen("accept a handover");
        handovers.accept(command, day(effectiveAt)).forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    public void handle(TransferLead command, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        apply(handovers.transfer(command, day(effectiveAt)));
    }

    private static LocalDate day(String effectiveAt) {
        return LocalDate.ofInstant(Instant.parse(effectiveAt), ZoneOffset.UTC);
    }

    @CommandHandler
    public void handle(DeclineHandover command) {
        apply(handovers.decline(command));
    }

    @CommandHandler
    public void handle(WithdrawHandover command) {
        apply(handovers.withdraw(command));
    }

    @CommandHandler
    public void handle(EscalateHandover command) {
        apply(handovers.escalate(command));
    }

    @CommandHandler
    public void handle(LapseHandover command) {
        apply(handovers.lapse(command));
    }

    @CommandHandler
    public void handle(CloseRisk command) {
        apply(handovers.closeRisk(command));
    }

    /** Refuses a deployment or money for a closed case. */
    public void requireOpenTo(String action) {
        requireOpen(action);
    }

    /** Refuses a reference to a decision the case does not have. */
    public void requireDecision(DecisionId decision, String field) {
        if (!supersededBy.containsKey(decision)) {
            throw DECISION_MUST_EXIST.broken(field, "the case has no decision " + decision);
        }
    }

    private void requireOpen(String action) {
        if (stage == Stage.CLOSED) {
            throw CASE_IS_CLOSED.broken(null, "the case is closed; reopen it to " + action);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }

    @EventSourcingHandler
    void on(CrisisOpened event, DomainEventMessage<?> message) {
        entries.remember(message);
        Object effectiveAt = message.getMetaData().get(RecordMetadata.EFFECTIVE_AT);
        openedEffectiveAt = effectiveAt == null ? null : Instant.parse(effectiveAt.toString());
        id = event.crisisId();
        stage = event.stage();
        handovers.leadBy(event.leadBody(), LocalDate.ofInstant(
                openedEffectiveAt == null ? message.getTimestamp() : openedEffectiveAt, ZoneOffset.UTC));
    }

    @EventSourcingHandler
    void on(HandoverEvent event, DomainEventMessage<?> message) {
        entries.remember(message);
        handovers.evolve(event);
    }

    @EventSourcingHandler
    void on(RiskClosed event, DomainEventMessage<?> message) {
        entries.remember(message);
        handovers.evolve(event);
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event, DomainEventMessage<?> message) {
        entries.remember(message);
        assessmentCount++;
        currentAssessment = event.assessmentId();
    }

    @EventSourcingHandler
    void on(DecisionRecorded event, DomainEventMessage<?> message) {
        entries.remember(message);
        decisionCount++;
        supersededBy.put(event.decisionId(), null);
        if (event.supersedes() != null) {
            supersededBy.put(event.supersedes(), event.decisionId());
        }
    }

    @EventSourcingHandler
    void on(CrisisMovedToStage event, DomainEventMessage<?> message) {
        entries.remember(message);
        stage = event.to();
    }

    @EventSourcingHandler
    void on(CrisisClosed event, DomainEventMessage<?> message) {
        entries.remember(message);
        closedFrom = event.from();
        stage = Stage.CLOSED;
    }

    @EventSourcingHandler
    void on(CrisisReopened event, DomainEventMessage<?> message) {
        entries.remember(message);
        closedFrom = null;
        stage = event.stage();
    }

    @EventSourcingHandler
    void on(EntryCorrected event, DomainEventMessage<?> message) {
        entries.remember(message);
    }

    @EventSourcingHandler
    void on(LeadBodyCorrected event, DomainEventMessage<?> message) {
        entries.remember(message);
        handovers.evolve(event);
    }
}
