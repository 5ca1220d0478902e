package org.casebook.query.funds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.funds.FindCaseFunds;
import org.casebook.kernel.funds.FindFundingSources;
import org.casebook.kernel.funds.FindFundsLedger;
import org.casebook.kernel.funds.FundsEvent;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps each funding source's ledger and each case's funds, folded by {@link FundsFolds}. */
@Component
@ProcessingGroup(Views.FUNDS)
public class FundsProjection {

    public static final List<String> COLLECTIONS = List.of("view_funds_ledgers", "view_case_funds");

    private final ViewStore<FundsLedger> ledgers;
    private final ViewStore<CaseFunds> cases;

    @Autowired
    public FundsProjection(ViewGenerations generations) {
        this(generations.liveCollections(Views.FUNDS));
    }

    public FundsProjection(ViewCollections collections) {
        this.ledgers = new ViewStore<>(collections, COLLECTIONS.get(0), FundsLedger.class);
        this.cases = new ViewStore<>(collections, COLLECTIONS.get(1), CaseFunds.class);
    }

    /** Every case has funds, none until money is allocated to it. */
    @EventHandler
    void on(CrisisOpened event, TrackingToken token) {
        long position = token.position().orElseThrow();
        String caseId = event.crisisId().value();
        cases.fold(caseId, position, none -> new CaseFunds(caseId, Totals.NONE, Map.of(), Map.of(), List.of(),
                                                          position, null));
    }

    @EventHandler
    void on(FundsEvent event, DomainEventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow();
        String user = (String) message.getMetaData().get(RecordMetadata.USER);
        ledgers.fold(event.sourceId().value(), position,
                     ledger -> FundsFolds.ledger(ledger, event, message.getSequenceNumber(), user,
                                                 message.getTimestamp(), position));
        FundsFolds.caseOf(event).ifPresent(caseId -> cases.fold(
                caseId, position, funds -> FundsFolds.caseFunds(funds, event, user, message.getTimestamp(), position)));
    }

    @QueryHandler
    Optional<FundsLedger> handle(FindFundsLedger query) {
        return ledgers.find(query.sourceId().value());
    }

    @QueryHandler
    List<FundsLedger> handle(FindFundingSources query) {
        return ledgers.query(new Document(), new Document("fiscalYear", -1).append("authority", 1), 0, 1_000);
    }

    @QueryHandler
    Optional<CaseFunds> handle(FindCaseFunds query) {
        return cases.find(query.crisisId().value());
    }
}
