package org.casebook.query.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.RiskClosed;
import org.casebook.query.RecordedEntry;
import org.casebook.query.casefile.CaseFile.Assessment;
import org.casebook.query.casefile.CaseFile.Correction;
import org.casebook.query.casefile.CaseFile.Decision;
import org.casebook.query.casefile.CaseFile.Entry;
import org.casebook.query.casefile.CaseFile.Risk;
import org.casebook.query.casefile.CaseFile.StageChange;
import org.casebook.query.handover.HandoverFold;
import org.casebook.query.handover.HandoverRecord;
import org.casebook.query.handover.Leadership;

/** The case file as a fold over the case's entries. Pure: no storage, no clock; inputs are never changed. */
public final class CaseFileFold {

    private CaseFileFold() {
    }

    /** The case file after {@code entry}; {@code file} is null before the case's first entry. */
    public static CaseFile apply(CaseFile file, RecordedEntry entry) {
        Entry stamp = Entry.of(entry);
        if (entry.event() instanceof CrisisOpened e) {
            StageChange opening = new StageChange(stamp, null, e.stage(), null, null, List.of());
            return new CaseFile(e.crisisId().value(), e.title(), e.country().value(), e.region(), e.summary(),
                                e.sensitivity(), e.stage(), e.leadBody().value(), e.leadCoordinator().value(), null,
                                Map.of(), List.of(), stamp, null, List.of(opening), null, 0, List.of(), List.of(), List.of(),
                                entry.sequence() + 1, entry.position(), entry.recordedAt(), List.of());
        }
        Draft draft = new Draft(file, entry);
        if (entry.event() instanceof AssessmentRecorded e) {
            draft.currentAssessment = new Assessment(stamp, e.assessmentId().value(), e.findings(), e.summary(),
                                                     List.of());
            draft.assessmentCount++;
        } else if (entry.event() instanceof DecisionRecorded e) {
            String supersedes = e.supersedes() == null ? null : e.supersedes().value();
            draft.decisions = replace(draft.decisions, d -> d.decisionId().equals(supersedes), d -> new Decision(
                    d.entry(), d.decisionId(), d.decision(), d.rationale(), d.optionsConsidered(), d.decidingBody(),
                    d.authority(), d.supersedes(), d.currentAssessment(), d.sensitivity(), true,
                    e.decisionId().value(), d.corrected(), d.corrections()));
            draft.decisions = append(draft.decisions, new Decision(
                    stamp, e.decisionId().value(), e.decision(), e.rationale(), e.optionsConsidered(),
                    e.decidingBody().value(), e.authority(), supersedes,
                    e.currentAssessment() == null ? null : e.currentAssessment().value(),
                    e.sensitivity() == null ? file.sensitivity() : e.sensitivity(), false, null, false, List.of()));
        } else if (entry.event() instanceof CrisisMovedToStage e) {
            draft.enter(new StageChange(stamp, e.from(), e.to(), e.reason(), null, List.of()));
        } else if (entry.event() instanceof CrisisClosed e) {
            draft.enter(new StageChange(stamp, e.from(), Stage.CLOSED, e.reason(), e.outcome(), List.of()));
            draft.outcome = e.outcome();
        } else if (entry.event() instanceof CrisisReopened e) {
            draft.enter(new StageChange(stamp, Stage.CLOSED, e.stage(), e.reason(), null, List.of()));
            draft.outcome = null;
        } else if (entry.event() instanceof HandoverEvent e) {
            draft.handOver(e);
        } else if (entry.event() instanceof RiskClosed e) {
            draft.risks = replace(draft.risks, r -> r.handoverId().equals(e.handoverId().value())
                    && r.number() == e.risk(), r -> new Risk(r.handoverId(), r.number(), r.risk(), Risk.Status.CLOSED,
                                                            stamp, e.reason()));
        } else if (entry.event() instanceof LeadBodyCorrected e) {
            draft.lead = draft.lead.corrected(e.toBody().value());
        } else if (entry.event() instanceof EntryCorrected e) {
            draft.correct(new Correction(stamp, e.correctedEventId().value(), e.correctedEntryType(), e.reason(),
                                         e.correctedText()));
        }
        return draft.build();
    }

    /** The parts of a case file an entry may change, copied from the file before it. */
    private static final class Draft {
        private final CaseFile file;
        private final RecordedEntry entry;
        private Stage stage;
        private String outcome;
        private List<StageChange> stageHistory;
        private Assessment currentAssessment;
        private int assessmentCount;
        private List<Decision> decisions;
        private List<Correction> corrections;
        private Leadership lead;
        private List<HandoverRecord> handovers;
        private List<Risk> risks;

        Draft(CaseFile file, RecordedEntry entry) {
            this.file = file;
            this.entry = entry;
            this.stage = file.stage();
            this.outcome = file.outcome();
            this.stageHistory = file.stageHistory();
            this.currentAssessment = file.currentAssessment();
            this.assessmentCount = file.assessmentCount();
            this.decisions = file.decisions();
            this.corrections = file.corrections();
            this.lead = new Leadership(file.leadBody(), file.leadCoordinator(), file.leadEffectiveOn(),
                                       file.sectorLeads(), file.incomingLeads());
            this.handovers = file.handovers();
            this.risks = file.risks();
        }

        void handOver(HandoverEvent event) {
            String id = event.handoverId().value();
            HandoverRecord before = handovers.stream().filter(h -> h.handoverId().equals(id)).findFirst().orElse(null);
            HandoverRecord after = HandoverFold.apply(before, entry);
            handovers = before == null ? append(handovers, after) : replace(handovers, h -> h == before, h -> after);
            lead = lead.after(event);
            if (event instanceof HandoverProposed proposed) {
                for (int number = 1; number <= proposed.risks().size(); number++) {
                    risks = append(risks, new Risk(id, number, proposed.risks().get(number - 1), Risk.Status.OPEN,
                                                   null, null));
                }
            } else if (after.status() != HandoverRecord.Status.PENDING
                    && after.status() != HandoverRecord.Status.ACCEPTED) {
                // declined, withdrawn or lapsed: it passed no risk on; those closed before stay, with who and why
                risks = risks.stream().filter(r -> !r.handoverId().equals(id) || r.status() == Risk.Status.CLOSED)
                             .toList();
            }
        }

        void enter(StageChange change) {
            stage = change.to();
            stageHistory = append(stageHistory, change);
        }

        void correct(Correction correction) {
            String target = correction.correctsEventId();
            corrections = append(corrections, correction);
            decisions = replace(decisions, d -> d.entry().eventId().equals(target), d -> new Decision(
                    d.entry(), d.decisionId(), d.decision(), d.rationale(), d.optionsConsidered(), d.decidingBody(),
                    d.authority(), d.supersedes(), d.currentAssessment(), d.sensitivity(), d.superseded(),
                    d.supersededBy(), true, append(d.corrections(), correction)));
            stageHistory = replace(stageHistory, s -> s.entry().eventId().equals(target), s -> new StageChange(
                    s.entry(), s.from(), s.to(), s.reason(), s.outcome(), append(s.corrections(), correction)));
            if (currentAssessment != null && currentAssessment.entry().eventId().equals(target)) {
                Assessment a = currentAssessment;
                currentAssessment = new Assessment(a.entry(), a.assessmentId(), a.findings(), a.summary(),
                                                   append(a.corrections(), correction));
            }
        }

        CaseFile build() {
            return new CaseFile(file.id(), file.title(), file.country(), file.region(), file.summary(),
                                file.sensitivity(), stage, lead.body(), lead.coordinator(), lead.since(),
                                lead.sectors(), lead.incoming(), file.opened(), outcome, stageHistory, currentAssessment, assessmentCount, decisions,
                                corrections, handovers, entry.sequence() + 1, entry.position(), entry.recordedAt(),
                                risks);
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list.size() + 1);
        longer.addAll(list);
        longer.add(item);
        return List.copyOf(longer);
    }

    private static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
        if (list.stream().noneMatch(which)) {
            return list;
        }
        return list.stream().map(item -> which.test(item) ? change.apply(item) : item).toList();
    }
}
