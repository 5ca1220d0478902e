package org.casebook.command.crisis;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.AddressedCommandTargetResolver;
import org.casebook.kernel.crisis.AssessmentId;
import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.Finding;
import org.casebook.kernel.crisis.FindingType;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;

/** Events and commands of one sample case, for the aggregate's specifications. */
final class CaseEntries {

    static final CaseId CASE = new CaseId("case-1");
    static final Body CRSG = new Body("CRSG");

    private CaseEntries() {
    }

    static AggregateTestFixture<Crisis> fixture() {
        AggregateTestFixture<Crisis> fixture = new AggregateTestFixture<>(Crisis.class);
        fixture.registerCommandTargetResolver(new AddressedCommandTargetResolver());
        return fixture;
    }

    static CrisisOpened opened(Stage stage) {
        return new CrisisOpened(CASE, "Border instability", new CountryCode("SD"), "West Darfur",
                                "Raids across the border", stage, Sensitivity.SBU, CRSG, new Coordinator("M. Alvarez"));
    }

    static CrisisOpened opened() {
        return opened(Stage.WATCH);
    }

    static AssessmentRecorded assessed(int number) {
        return new AssessmentRecorded(CASE, AssessmentId.number(number), findings(), "Assessment " + number);
    }

    static List<Finding> findings() {
        return List.of(new Finding(FindingType.CORE_GRIEVANCE, "Land disputes"),
                       new Finding(FindingType.WINDOW_OF_OPPORTUNITY, "Donor conference"));
    }

    static DecisionRecorded decided(int number, DecisionId supersedes, AssessmentId current) {
        return new DecisionRecorded(CASE, DecisionId.number(number), "Decision " + number, "Because",
                                    List.of("Act", "Wait"), CRSG, "PS-2026-04", supersedes, current, null);
    }

    static CrisisMovedToStage moved(Stage from, Stage to) {
        return new CrisisMovedToStage(CASE, from, to, null);
    }

    static CrisisClosed closed(Stage from) {
        return new CrisisClosed(CASE, from, "Stabilised", null);
    }
}
