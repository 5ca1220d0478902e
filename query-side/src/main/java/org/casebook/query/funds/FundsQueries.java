package org.casebook.query.funds;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.refusal.PathIds;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.names.RecordNames;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The funds ledgers and a case's funds as their reader may read them (cases named by title as the reader may see
 * it, texts of SBU cases withheld), for the API and the console alike. {@code after} is a journal position the
 * view must hold first (null: as it is now).
 */
@Component
public record FundsQueries(FundsProjection funds, ViewProgress progress, NeedToKnow needToKnow, RecordNames names) {

    /** Every funding source's ledger, by fiscal year (latest first) and authority. */
    public List<FundsLedger> sources(Long after, Authentication caller) {
        progress.awaitPosition(Views.FUNDS, after);
        Function<String, Optional<String>> titles = names.caseTitlesShown(caller);
        return funds.ledgers().stream().map(ledger -> needToKnow.ledger(caller, ledger.named(titles)).shown())
                    .toList();
    }

    /** The funding sources whose cap is nearly reached ({@link CapUse#NEARLY}), by fiscal year and authority. */
    public List<CapUse> capsNearlyReached() {
        return funds.capUses().stream().filter(CapUse::nearlyReached).toList();
    }

    /** One funding source's ledger; unknown if none is registered under that id. */
    public FundsLedger ledger(String id, Long after, Authentication caller) {
        FundingSourceId sourceId = PathIds.fundingSourceId(id);
        progress.awaitPosition(Views.FUNDS, after);
        FundsLedger ledger = funds.ledger(sourceId)
                                  .orElseThrow(() -> new UnknownRecord(Kind.FUNDING_SOURCE, id));
        return needToKnow.ledger(caller, ledger.named(names.caseTitlesShown(caller))).shown();
    }

    /**
     * The authority a funding source comes under, the words that name it to a person; empty if no source is
     * registered under that id. It names no case, so it is the same for every reader and reads no case file, as
     * {@link #ledger} does for each case of the ledger.
     */
    public Optional<String> authority(String id) {
        return FundingSourceId.isValid(id) ? funds.ledger(new FundingSourceId(id)).map(FundsLedger::authority)
                                           : Optional.empty();
    }

    /** The money of one case. */
    public CaseFunds caseFunds(String caseId, Long after, Authentication caller) {
        CaseFunds ofCase = progress.readCase(caseId, List.of(Views.FUNDS), after, funds::caseFunds);
        return needToKnow.caseFunds(caller, ofCase.named(names.caseTitleShown(caller, caseId))).shown();
    }
}
