package org.casebook.query.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.FundsEvent;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;

/** Keeps each funding source's ledger and each case's funds, folded by {@link FundsFolds}. */
public class FundsProjection {

    /** One ledger per funding source. */
    public static final String LEDGERS = "view_funds_ledgers";
    /** The funds of each case. */
    public static final String CASES = "view_case_funds";
    public static final ViewDefinition<FundsProjection> VIEW = ViewDefinition.of(
            Views.FUNDS, FundsProjection.class, in -> new FundsProjection(in.collections()), LEDGERS, CASES);

    /** Ledgers are listed by fiscal year (latest first) and authority, at most this many. */
    private static final Document LEDGER_ORDER = new Document("fiscalYear", -1).append("authority", 1);
    private static final int MOST_SOURCES = 1_000;

    private final ViewStore<FundsLedger> ledgers;
    private final ViewStore<CaseFunds> cases;

    FundsProjection(ViewCollections collections) {
        this.ledgers = VIEW.store(collections, LEDGERS, FundsLedger.class);
        this.cases = VIEW.store(collections, CASES, CaseFunds.class);
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

    /** One funding source's ledger: cap, totals, remaining, by case and sector, every movement. */
    Optional<FundsLedger> ledger(FundingSourceId sourceId) {
        return ledgers.find(sourceId.value());
    }

    /** The ledgers of all funding sources, by fiscal year and authority. */
    List<FundsLedger> ledgers() {
        return ledgers.query(new Document(), LEDGER_ORDER, 0, MOST_SOURCES);
    }

    /**
     * How much of each funding source's cap is allocated, by fiscal year and authority: read from the ledgers' heads
     * alone (not their movements), cheap enough for a page's header.
     */
    List<CapUse> capUses() {
        List<CapUse> uses = new ArrayList<>();
        for (Document ledger : ledgers.collection().find()
                                      .projection(Projections.include("sourceId", "authority", "fiscalYear",
                                                                      "currency", "cap", "totals.allocated"))
                                      .sort(LEDGER_ORDER).limit(MOST_SOURCES)) {
            uses.add(new CapUse(ledger.getString("sourceId"), ledger.getString("authority"),
                                ledger.get("fiscalYear", Number.class).intValue(), ledger.getString("currency"),
                                ledger.getString("cap"), ledger.get("totals", Document.class).getString("allocated")));
        }
        return uses;
    }

    /** The money of one case, by source and sector, with every movement. */
    Optional<CaseFunds> caseFunds(CaseId crisisId) {
        return cases.find(crisisId.value());
    }
}
