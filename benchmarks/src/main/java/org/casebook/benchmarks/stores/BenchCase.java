package org.casebook.benchmarks.stores;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;

/**
 * The benchmark's aggregate: a case opened, then moved on step by step. It raises Casebook's published events,
 * the only ones the journal stores, and its handlers only set fields, like Casebook's aggregates.
 */
class BenchCase {

    record OpenBenchCase(@TargetAggregateIdentifier String caseId) {
    }

    record StepBenchCase(@TargetAggregateIdentifier String caseId, int step) {
    }

    @AggregateIdentifier
    private String caseId;
    private Stage stage;
    private int steps;

    protected BenchCase() {
    }

    @CommandHandler
    BenchCase(OpenBenchCase command) {
        apply(opened(command.caseId()));
    }

    @CommandHandler
    void handle(StepBenchCase command) {
        apply(stepped(caseId, stage, command.step()));
    }

    static CrisisOpened opened(String caseId) {
        return new CrisisOpened(new CaseId(caseId), "Case " + caseId, new CountryCode("SD"), null,
                                "opened by the store benchmark", Stage.WATCH, Sensitivity.UNCLASSIFIED,
                                new Body("CRSG"), new Coordinator("A. Lead"));
    }

    static CrisisMovedToStage stepped(String caseId, Stage from, int step) {
        return new CrisisMovedToStage(new CaseId(caseId), from, Stage.ASSESSMENT, "step " + step);
    }

    @EventSourcingHandler
    void on(CrisisOpened event) {
        caseId = event.crisisId().value();
        stage = event.stage();
    }

    @EventSourcingHandler
    void on(CrisisMovedToStage event) {
        stage = event.to();
        steps++;
    }

    int steps() {
        return steps;
    }
}
