package org.casebook.query.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.handover.RiskClosed;
import org.casebook.kernel.handover.Signatory;
import org.casebook.query.CaseEntries;
import org.casebook.query.handover.HandoverRecord;
import org.junit.jupiter.api.Test;

class CaseFileFoldTest {

    @Test
    void the_opening_is_the_first_stage_of_the_history_with_who_and_when() {
        CaseEntries history = new CaseEntries().opened(Stage.ASSESSMENT);

        CaseFile file = fold(history);

        assertThat(file.stage()).isEqualTo(Stage.ASSESSMENT);
        assertThat(file.stageHistory()).extracting(CaseFile.StageChange::to).containsExactly(Stage.ASSESSMENT);
        assertThat(file.opened().user()).isEqualTo("coordinator");
        assertThat(file.opened().effectiveAt()).isEqualTo(history.last().effectiveAt());
        assertThat(file.opened().recordedAt()).isEqualTo(history.last().recordedAt());
        assertThat(file.version()).isEqualTo(1);
    }

    @Test
    void the_newest_assessment_is_current() {
        CaseFile file = fold(new CaseEntries().opened(Stage.WATCH).assessed(1).assessed(2));

        assertThat(file.currentAssessment().assessmentId()).isEqualTo("A-2");
        assertThat(file.assessmentCount()).isEqualTo(2);
    }

    @Test
    void a_superseded_decision_is_marked_with_its_successor() {
        CaseFile file = fold(new CaseEntries().opened(Stage.WATCH).assessed(1).decided(1, null, 1)
                                              .decided(2, 1, 1));

        CaseFile.Decision first = file.decisions().get(0);
        CaseFile.Decision second = file.decisions().get(1);
        assertThat(first.superseded()).isTrue();
        assertThat(first.supersededBy()).isEqualTo("D-2");
        assertThat(second.superseded()).isFalse();
        assertThat(second.supersedes()).isEqualTo("D-1");
        assertThat(second.currentAssessment()).isEqualTo("A-1");
    }

    @Test
    void a_decision_without_a_marking_of_its_own_carries_its_case_marking() {
        CaseFile file = fold(new CaseEntries().opened(Stage.WATCH).decided(1, null, null));

        assertThat(file.decisions().get(0).sensitivity()).isEqualTo(Sensitivity.SBU);
    }

    @Test
    void a_correction_is_attached_to_the_entry_it_corrects_and_listed_for_the_case() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).decided(1, null, null).decided(2, null, null)
                                               .corrected(1, "Decision one, as meant");

        CaseFile file = fold(history);

        assertThat(file.decisions().get(0).corrected()).isTrue();
        assertThat(file.decisions().get(0).corrections()).extracting(CaseFile.Correction::correctedText)
                                                         .containsExactly("Decision one, as meant");
        assertThat(file.decisions().get(0).decision()).isEqualTo("Decision 1");
        assertThat(file.decisions().get(1).corrected()).isFalse();
        assertThat(file.corrections()).extracting(CaseFile.Correction::correctsEventId).containsExactly("event-1");
    }

    @Test
    void corrections_of_the_opening_and_of_a_stage_move_sit_in_the_stage_history() {
        CaseFile file = fold(new CaseEntries().opened(Stage.WATCH).moved(Stage.WATCH, Stage.ASSESSMENT, null)
                                              .corrected(0, "Opened by the embassy").corrected(1, "Moved later"));

        assertThat(file.stageHistory().get(0).corrections()).extracting(CaseFile.Correction::correctedText)
                                                            .containsExactly("Opened by the embassy");
        assertThat(file.stageHistory().get(1).corrections()).extracting(CaseFile.Correction::correctedText)
                                                            .containsExactly("Moved later");
    }

    @Test
    void closing_records_the_outcome_and_reopening_clears_it() {
        CaseEntries history = new CaseEntries().opened(Stage.TRANSITION).closed(Stage.TRANSITION, "Handed over");
        assertThat(fold(history).outcome()).isEqualTo("Handed over");
        assertThat(fold(history).stage()).isEqualTo(Stage.CLOSED);

        CaseFile reopened = fold(history.reopened(Stage.TRANSITION, "Renewed raids"));

        assertThat(reopened.outcome()).isNull();
        assertThat(reopened.stage()).isEqualTo(Stage.TRANSITION);
        assertThat(reopened.stageHistory()).extracting(CaseFile.StageChange::to)
                                           .containsExactly(Stage.TRANSITION, Stage.CLOSED, Stage.TRANSITION);
    }

    @Test
    void folding_never_changes_the_file_it_starts_from() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).decided(1, null, null);
        CaseFile before = fold(history);
        CaseFile copy = fold(history);

        CaseFileFold.apply(before, history.decided(2, 1, null).last());

        assertThat(before).isEqualTo(copy);
        assertThat(before.decisions()).hasSize(1);
    }

    @Test
    void the_version_counts_entries_and_the_position_is_the_latest() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).assessed(1).decided(1, null, 1);

        CaseFile file = fold(history);

        assertThat(file.version()).isEqualTo(3);
        assertThat(file.position()).isEqualTo(history.last().position());
        assertThat(file.lastActivityAt()).isEqualTo(history.last().recordedAt());
    }

    private static HandoverProposed handover(int number, String... risks) {
        Signatory capital = new Signatory("coordinator", "COORDINATOR", new Body("CRSG"));
        return new HandoverProposed(CaseEntries.CASE, new HandoverId("H-" + number), new Body("CRSG"),
                                    new Body("Embassy"), null, List.of(), List.of(), List.of(risks),
                                    LocalDate.parse("2027-03-01"), capital);
    }

    @Test
    void a_risk_handed_over_stays_open_until_it_is_closed_and_then_says_who_closed_it_when_and_why() {
        Signatory embassy = new Signatory("field-coordinator", "COORDINATOR", new Body("Embassy"));
        CaseEntries history = new CaseEntries().opened(Stage.TRANSITION)
                .add(handover(1, "Rainy season closes the southern road", "Fuel shortages"))
                .add(new HandoverAccepted(CaseEntries.CASE, new HandoverId("H-1"), new Body("CRSG"),
                                          new Body("Embassy"), List.of(), embassy, "J. Okafor", "digest",
                                          LocalDate.parse("2027-03-01"), LeadMove.ON_EFFECTIVE_DATE))
                .add(new RiskClosed(CaseEntries.CASE, new HandoverId("H-1"), 2, "Depot restocked", embassy));

        CaseFile file = fold(history);

        assertThat(file.risks()).extracting(CaseFile.Risk::number, CaseFile.Risk::risk, CaseFile.Risk::status,
                                            CaseFile.Risk::reason)
                                .containsExactly(tuple(1, "Rainy season closes the southern road",
                                                       CaseFile.Risk.Status.OPEN, null),
                                                 tuple(2, "Fuel shortages", CaseFile.Risk.Status.CLOSED,
                                                       "Depot restocked"));
        assertThat(file.risks().get(1).closed().eventId()).isEqualTo(history.last().eventId());
        assertThat(file.risks().get(1).closed().effectiveAt()).isEqualTo(history.last().effectiveAt());
        assertThat(file.risks().get(0).closed()).isNull();
    }

    @Test
    void a_declined_handover_passes_no_risk_on_but_a_risk_closed_before_stays_closed() {
        Signatory capital = new Signatory("coordinator", "COORDINATOR", new Body("CRSG"));
        Signatory embassy = new Signatory("field-coordinator", "COORDINATOR", new Body("Embassy"));
        CaseFile file = fold(new CaseEntries().opened(Stage.TRANSITION)
                .add(handover(1, "Road closed", "Fuel shortages"))
                .add(new RiskClosed(CaseEntries.CASE, new HandoverId("H-1"), 1, "Road reopened", capital))
                .add(new HandoverDeclined(CaseEntries.CASE, new HandoverId("H-1"), "Not yet", embassy)));

        assertThat(file.risks()).extracting(CaseFile.Risk::risk, CaseFile.Risk::status)
                                .containsExactly(tuple("Road closed", CaseFile.Risk.Status.CLOSED));
    }

    private static CaseFile fold(CaseEntries history) {
        return history.foldedBy(null, CaseFileFold::apply);
    }

    @Test
    void a_decision_supersedes_only_the_decision_it_names() {
        CaseFile file = fold(new CaseEntries().opened(Stage.WATCH).decided(1, null, null).decided(2, null, null)
                                              .decided(3, 2, null));

        assertThat(file.decisions()).extracting(CaseFile.Decision::decisionId, CaseFile.Decision::superseded,
                                                CaseFile.Decision::supersededBy)
                                    .containsExactly(tuple("D-1", false, null), tuple("D-2", true, "D-3"),
                                                     tuple("D-3", false, null));
    }

    @Test
    void each_handover_of_a_case_is_listed_and_followed_on_its_own() {
        Signatory embassy = new Signatory("field-coordinator", "COORDINATOR", new Body("Embassy"));
        CaseFile file = fold(new CaseEntries().opened(Stage.TRANSITION)
                .add(handover(1, "Road closed"))
                .add(handover(2, "Fuel shortages"))
                .add(new HandoverDeclined(CaseEntries.CASE, new HandoverId("H-2"), "Not yet", embassy)));

        assertThat(file.handovers()).extracting(HandoverRecord::handoverId, HandoverRecord::status)
                                    .containsExactly(tuple("H-1", HandoverRecord.Status.PENDING),
                                                     tuple("H-2", HandoverRecord.Status.DECLINED));
        assertThat(file.risks()).extracting(CaseFile.Risk::handoverId, CaseFile.Risk::risk)
                                .containsExactly(tuple("H-1", "Road closed"));
    }

    @Test
    void a_correction_of_the_current_assessment_is_attached_to_it_and_one_of_another_entry_is_not() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).assessed(1).decided(1, null, 1)
                                               .corrected(2, "Decision one, as meant");
        assertThat(fold(history).currentAssessment().corrections()).isEmpty();

        CaseFile file = fold(history.corrected(1, "Militia leaders and their backers"));

        assertThat(file.currentAssessment().corrections()).extracting(CaseFile.Correction::correctedText)
                                                          .containsExactly("Militia leaders and their backers");
        assertThat(file.currentAssessment().assessmentId()).isEqualTo("A-1");
        assertThat(file.currentAssessment().summary()).isEqualTo("Assessment 1");
    }

    @Test
    void a_corrected_lead_body_leads_the_case_with_the_same_coordinator() {
        CaseFile file = fold(new CaseEntries().opened(Stage.WATCH).add(new LeadBodyCorrected(
                CaseEntries.CASE, new Body("CRSG"), new Body("Embassy"), "Typo")));

        assertThat(file.leadBody()).isEqualTo("Embassy");
        assertThat(file.leadCoordinator()).isEqualTo("M. Alvarez");
    }
}
