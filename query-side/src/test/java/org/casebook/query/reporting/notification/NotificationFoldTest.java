package org.casebook.query.reporting.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsObligated;
import org.casebook.kernel.funds.NotificationTransmitted;
import org.casebook.kernel.funds.NotificationWaitWaived;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportPoint;
import org.junit.jupiter.api.Test;

class NotificationFoldTest {

    private static final FundingSourceId SOURCE = FundingSourceId.of("Section 1207", 2008);
    private static final FundingSourceId OTHER = FundingSourceId.of("Section 1210", 2009);
    private static final CaseId HAITI = new CaseId("haiti");
    private static final CaseId SUDAN = new CaseId("sudan");
    private static final ReportPoint POINT = new ReportPoint(42, "ab".repeat(32));
    /** Each entry of a record takes effect a day after the one before, late in the evening (UTC). */
    private static final Instant FIRST_DAY = Instant.parse("2027-01-04T23:30:00Z");
    private static final LocalDate TRANSMITTED_ON = LocalDate.parse("2027-02-01");

    private final List<Object> record = new ArrayList<>();
    private LocalDate allocatedOn;
    private LocalDate obligatedOn;
    private LocalDate decidedOn;
    private LocalDate waivedOn;

    @Test
    void an_allocation_names_its_source_case_project_sector_amount_and_the_day_it_was_recorded() {
        haitiRecord(Sensitivity.UNCLASSIFIED, null);

        NotificationReport report = fold("A-1", ReportEdition.STANDARD, false);

        assertThat(report.report()).isEqualTo(ReportType.NOTIFICATION);
        assertThat(report.builtFrom()).isEqualTo(POINT);
        assertThat(report.edition()).isEqualTo(ReportEdition.STANDARD);
        assertThat(report.sourceId()).isEqualTo(SOURCE.value());
        assertThat(report.authority()).isEqualTo("Section 1207");
        assertThat(report.fiscalYear()).isEqualTo(2008);
        assertThat(report.entry()).isEqualTo("A-1");
        assertThat(report.kind()).isEqualTo("allocation");
        assertThat(report.allocation()).isNull();
        assertThat(report.caseId()).isEqualTo("haiti");
        assertThat(report.country()).isEqualTo("HT");
        assertThat(report.project()).isEqualTo("Police");
        assertThat(report.sector()).isEqualTo("SECURITY");
        assertThat(report.amount()).isEqualTo("40.00");
        assertThat(report.recordedOn()).isEqualTo(allocatedOn);
        assertThat(report.sent()).isNull();
    }

    @Test
    void an_obligation_takes_its_own_amount_and_day_and_names_the_allocation_it_draws_on() {
        haitiRecord(Sensitivity.UNCLASSIFIED, null);

        NotificationReport report = fold("O-1", ReportEdition.STANDARD, false);

        assertThat(report.entry()).isEqualTo("O-1");
        assertThat(report.kind()).isEqualTo("obligation");
        assertThat(report.allocation()).isEqualTo("A-1");
        assertThat(report.caseId()).isEqualTo("haiti");
        assertThat(report.project()).isEqualTo("Police");
        assertThat(report.sector()).isEqualTo("SECURITY");
        assertThat(report.amount()).isEqualTo("30.00");
        assertThat(report.recordedOn()).isEqualTo(obligatedOn);
    }

    @Test
    void as_sent_the_entry_numbers_are_shown_as_the_committees_read_them() {
        haitiRecord(Sensitivity.UNCLASSIFIED, null);

        assertThat(fold("A-1", ReportEdition.STANDARD, true).entry()).isEqualTo("AL-1");
        NotificationReport obligation = fold("O-1", ReportEdition.STANDARD, true);
        assertThat(obligation.entry()).isEqualTo("O-1");
        assertThat(obligation.allocation()).isEqualTo("AL-1");
    }

    @Test
    void the_purpose_and_authority_come_from_the_decision_that_authorised_the_allocation_in_its_own_case() {
        haitiRecord(Sensitivity.UNCLASSIFIED, null);

        NotificationReport report = fold("O-1", ReportEdition.STANDARD, true);

        assertThat(report.decisionId()).isEqualTo("D-1");
        assertThat(report.decidingBody()).isEqualTo("CRSG");
        assertThat(report.decisionAuthority()).isEqualTo("PS-1");
        assertThat(report.decidedOn()).isEqualTo(decidedOn);
        assertThat(report.purpose()).isEqualTo("Train the police");
    }

    @Test
    void an_allocation_authorised_by_no_decision_has_no_purpose() {
        haitiRecord(Sensitivity.SBU, null);

        NotificationReport report = fold("A-2", ReportEdition.STANDARD, true);

        assertThat(report.project()).isEqualTo(Report.WITHHELD);
        assertThat(report.decisionId()).isNull();
        assertThat(report.decidingBody()).isNull();
        assertThat(report.decisionAuthority()).isNull();
        assertThat(report.decidedOn()).isNull();
        assertThat(report.purpose()).isNull();
    }

    @Test
    void the_entries_of_other_sources_are_not_taken_for_the_sources_own() {
        haitiRecord(Sensitivity.UNCLASSIFIED, null);
        record.add(allocation(OTHER, 3, SUDAN, "Roads", "1.00", null));

        assertThat(fold("A-3", ReportEdition.STANDARD, false)).isNull();
        assertThat(folded("A-3", ReportEdition.STANDARD, false).caseId()).isEmpty();
    }

    @Test
    void there_is_no_notification_of_an_entry_the_source_does_not_have_yet() {
        haitiRecord(Sensitivity.UNCLASSIFIED, null);

        assertThat(fold("O-9", ReportEdition.STANDARD, true)).isNull();
        assertThat(folded("O-9", ReportEdition.STANDARD, true).caseId()).isEmpty();
    }

    @Test
    void there_is_no_notification_before_the_source_is_registered() {
        record.add(new CrisisOpened(HAITI, "Haiti unrest", new CountryCode("HT"), "Port-au-Prince", "Unrest",
                                    Stage.OPERATIONS, Sensitivity.UNCLASSIFIED, new Body("CRSG"),
                                    new Coordinator("M. Alvarez")));
        record.add(allocation(SOURCE, 1, HAITI, "Police", "40.00", null));

        assertThat(fold("A-1", ReportEdition.STANDARD, false)).isNull();
        assertThat(folded("A-1", ReportEdition.STANDARD, false).caseId()).contains("haiti");
    }

    @Test
    void the_case_of_an_entry_is_known_from_the_sources_entries_alone() {
        record.add(registered(SOURCE, "Section 1207", 2008));
        record.add(allocation(SOURCE, 1, HAITI, "Police", "40.00", null));
        record.add(allocation(SOURCE, 2, SUDAN, "Courts", "20.00", null));
        record.add(new FundsObligated(SOURCE, EntryNumber.obligation(1), EntryNumber.allocation(2), SUDAN,
                                      Amount.of("5.00"), "Contract"));

        assertThat(folded("A-1", ReportEdition.STANDARD, false).caseId()).contains("haiti");
        assertThat(folded("O-1", ReportEdition.STANDARD, false).caseId()).contains("sudan");
    }

    @Test
    void the_purpose_of_an_sbu_decision_is_withheld_from_the_standard_edition_and_its_authority_too_as_sent() {
        haitiRecord(Sensitivity.UNCLASSIFIED, Sensitivity.SBU);

        NotificationReport before = fold("A-1", ReportEdition.STANDARD, false);
        assertDecisionShown(before, Report.WITHHELD, "PS-1");
        assertThat(before.project()).isEqualTo("Police");

        NotificationReport asSent = fold("A-1", ReportEdition.STANDARD, true);
        assertDecisionShown(asSent, Report.WITHHELD, Report.WITHHELD);
        assertThat(asSent.decisionId()).isEqualTo("D-1");
        assertThat(asSent.project()).isEqualTo("Police");

        NotificationReport sbu = fold("A-1", ReportEdition.SBU, true);
        assertDecisionShown(sbu, "Train the police", "PS-1");
    }

    @Test
    void a_decision_marked_with_no_sensitivity_has_its_cases() {
        haitiRecord(Sensitivity.SBU, null);

        NotificationReport standard = fold("A-1", ReportEdition.STANDARD, true);
        assertDecisionShown(standard, Report.WITHHELD, Report.WITHHELD);

        assertThat(fold("A-1", ReportEdition.SBU, true).purpose()).isEqualTo("Train the police");
    }

    @Test
    void a_decision_marked_unclassified_in_an_sbu_case_is_shown_but_the_project_of_the_case_is_withheld_as_sent() {
        haitiRecord(Sensitivity.SBU, Sensitivity.UNCLASSIFIED);

        NotificationReport asSent = fold("A-1", ReportEdition.STANDARD, true);
        assertDecisionShown(asSent, "Train the police", "PS-1");
        assertThat(asSent.project()).isEqualTo(Report.WITHHELD);

        assertThat(fold("A-1", ReportEdition.STANDARD, false).project()).isEqualTo("Police");
        assertThat(fold("A-1", ReportEdition.SBU, true).project()).isEqualTo("Police");
    }

    @Test
    void as_sent_a_notification_carries_what_was_transmitted_for_its_allocation_and_the_waiver_of_the_wait() {
        haitiRecord(Sensitivity.UNCLASSIFIED, null);
        transmittedAndWaived(Sensitivity.UNCLASSIFIED);

        NotificationReport.Sent sent = fold("O-1", ReportEdition.STANDARD, true).sent();

        assertThat(sent).isEqualTo(new NotificationReport.Sent(
                "Haiti unrest", TRANSMITTED_ON, "97-0100", List.of("SASC", "HASC"), 15,
                TRANSMITTED_ON.plusDays(15), "40.00", "Training", "Train the police", "A trained force", null,
                "UNCLASSIFIED", true, "Riots", waivedOn,
                LocalDate.parse("2027-03-01")));
    }

    @Test
    void the_texts_of_a_notification_marked_sbu_are_withheld_from_the_standard_edition_but_not_the_case_title() {
        haitiRecord(Sensitivity.UNCLASSIFIED, null);
        transmittedAndWaived(Sensitivity.SBU);

        NotificationReport.Sent standard = fold("A-1", ReportEdition.STANDARD, true).sent();
        assertThat(standard.caseTitle()).isEqualTo("Haiti unrest");
        assertThat(List.of(standard.provided(), standard.purpose(), standard.objectives(),
                           standard.waiverCircumstances())).containsOnly(Report.WITHHELD);
        assertThat(standard.otherFunds()).isNull();
        assertThat(standard.account()).isEqualTo("97-0100");
        assertThat(standard.classification()).isEqualTo("SBU");

        NotificationReport.Sent sbu = fold("A-1", ReportEdition.SBU, true).sent();
        assertThat(List.of(sbu.provided(), sbu.purpose(), sbu.objectives(), sbu.waiverCircumstances()))
                .containsExactly("Training", "Train the police", "A trained force", "Riots");
    }

    @Test
    void the_texts_and_title_of_an_sbu_case_are_withheld_from_the_standard_edition() {
        haitiRecord(Sensitivity.SBU, Sensitivity.UNCLASSIFIED);
        transmittedAndWaived(Sensitivity.UNCLASSIFIED);

        NotificationReport.Sent standard = fold("A-1", ReportEdition.STANDARD, true).sent();
        assertThat(standard.caseTitle()).isEqualTo(Report.WITHHELD);
        assertThat(List.of(standard.provided(), standard.purpose(), standard.objectives(),
                           standard.waiverCircumstances())).containsOnly(Report.WITHHELD);

        NotificationReport.Sent sbu = fold("A-1", ReportEdition.SBU, true).sent();
        assertThat(sbu.caseTitle()).isEqualTo("Haiti unrest");
        assertThat(sbu.provided()).isEqualTo("Training");
    }

    @Test
    void an_allocation_neither_transmitted_nor_waived_was_sent_nothing() {
        haitiRecord(Sensitivity.UNCLASSIFIED, null);
        transmittedAndWaived(Sensitivity.UNCLASSIFIED);

        NotificationReport.Sent sent = fold("A-2", ReportEdition.STANDARD, true).sent();

        assertThat(sent).isEqualTo(new NotificationReport.Sent(
                "Haiti unrest", null, null, List.of(), null, null, null, null, null, null, null, null, false, null,
                null, null));
    }

    /**
     * The record a notification of Haiti's funds is built from: the source's entries, with another source's that
     * reuse its numbers among them, then Haiti's entries and another case's decision of the same number.
     */
    private void haitiRecord(Sensitivity ofCase, Sensitivity ofDecision) {
        record.add(registered(SOURCE, "Section 1207", 2008));
        allocatedOn = add(allocation(SOURCE, 1, HAITI, "Police", "40.00", DecisionId.number(1)));
        record.add(registered(OTHER, "Section 1210", 2009));
        record.add(allocation(OTHER, 1, SUDAN, "Courts", "99.00", DecisionId.number(1)));
        record.add(allocation(SOURCE, 2, HAITI, "Prisons", "20.00", null));
        obligatedOn = add(new FundsObligated(SOURCE, EntryNumber.obligation(1), EntryNumber.allocation(1), HAITI,
                                             Amount.of("30.00"), "Contract"));
        record.add(new FundsObligated(OTHER, EntryNumber.obligation(1), EntryNumber.allocation(1), SUDAN,
                                      Amount.of("77.00"), "Other contract"));
        record.add(new FundsObligated(SOURCE, EntryNumber.obligation(2), EntryNumber.allocation(2), HAITI,
                                      Amount.of("5.00"), "Second contract"));
        record.add(new CrisisOpened(SUDAN, "Sudan raids", new CountryCode("SD"), "Darfur", "Raids", Stage.OPERATIONS,
                                    Sensitivity.UNCLASSIFIED, new Body("ACT"), new Coordinator("J. Okafor")));
        record.add(new DecisionRecorded(SUDAN, DecisionId.number(1), "Rebuild the courts", "Because", List.of(),
                                        new Body("ACT"), "PS-9", null, null, Sensitivity.UNCLASSIFIED));
        record.add(new CrisisOpened(HAITI, "Haiti unrest", new CountryCode("HT"), "Port-au-Prince", "Unrest",
                                    Stage.OPERATIONS, ofCase, new Body("CRSG"), new Coordinator("M. Alvarez")));
        decidedOn = add(new DecisionRecorded(HAITI, DecisionId.number(1), "Train the police", "Because", List.of(),
                                             new Body("CRSG"), "PS-1", null, null, ofDecision));
    }

    /** The source's transmission and waiver for A-1, among another source's for its own A-1. */
    private void transmittedAndWaived(Sensitivity classification) {
        record.add(new NotificationTransmitted(SOURCE, EntryNumber.allocation(1), HAITI, TRANSMITTED_ON, "97-0100",
                                               List.of("SASC", "HASC"), 15, TRANSMITTED_ON.plusDays(15),
                                               Amount.of("40.00"), "Training", "Train the police",
                                               "A trained force", null, classification));
        record.add(new NotificationTransmitted(OTHER, EntryNumber.allocation(1), SUDAN, TRANSMITTED_ON.plusDays(3),
                                               "97-0200", List.of("SFRC"), 30, TRANSMITTED_ON.plusDays(33),
                                               Amount.of("99.00"), "Judges", "Rebuild", "Courts", "None",
                                               Sensitivity.UNCLASSIFIED));
        waivedOn = add(new NotificationWaitWaived(SOURCE, EntryNumber.allocation(1), HAITI, "Riots",
                                                  LocalDate.parse("2027-03-01")));
        record.add(new NotificationWaitWaived(OTHER, EntryNumber.allocation(1), SUDAN, "Floods",
                                              LocalDate.parse("2027-04-01")));
    }

    private static FundingSourceRegistered registered(FundingSourceId source, String authority, int fiscalYear) {
        return new FundingSourceRegistered(source, authority, fiscalYear, Amount.of("100.00"), "USD");
    }

    private static FundsAllocated allocation(FundingSourceId source, int number, CaseId kase, String project,
                                             String amount, DecisionId authorizedBy) {
        return new FundsAllocated(source, EntryNumber.allocation(number), kase, project, Sector.SECURITY,
                                  Amount.of(amount), authorizedBy);
    }

    /** The purpose and the authority of the decision behind the entry, as the report shows them. */
    private static void assertDecisionShown(NotificationReport report, String purpose, String authority) {
        assertThat(report.purpose()).isEqualTo(purpose);
        assertThat(report.decisionAuthority()).isEqualTo(authority);
    }

    private NotificationReport fold(String entry, ReportEdition edition, boolean asSent) {
        return folded(entry, edition, asSent).result(POINT);
    }

    private NotificationFold folded(String entry, ReportEdition edition, boolean asSent) {
        NotificationFold fold = new NotificationFold(SOURCE.value(), entry, edition, asSent);
        for (int i = 0; i < record.size(); i++) {
            fold.apply(record.get(i), effectiveAt(i));
        }
        return fold;
    }

    private static Instant effectiveAt(int index) {
        return FIRST_DAY.plusSeconds(86_400L * index);
    }

    /** Adds an entry to the record; the day (UTC) it took effect. */
    private LocalDate add(Object entry) {
        record.add(entry);
        return LocalDate.parse(effectiveAt(record.size() - 1).toString().substring(0, 10));
    }
}
