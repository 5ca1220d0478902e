package org.casebook.query.funds;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.casebook.kernel.Queries;
import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.funds.FindCaseFunds;
import org.casebook.kernel.funds.FindFundingSources;
import org.casebook.kernel.funds.FindFundsLedger;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.names.RecordNames;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The funds ledgers: per funding source, and per case; cases named by title (as the reader may see it) and id. */
@RestController
public class FundsEndpoint {

    private final QueryGateway queries;
    private final ViewProgress progress;
    private final NeedToKnow needToKnow;
    private final RecordNames names;

    public FundsEndpoint(QueryGateway queries, ViewProgress progress, NeedToKnow needToKnow, RecordNames names) {
        this.queries = queries;
        this.progress = progress;
        this.needToKnow = needToKnow;
        this.names = names;
    }

    @GetMapping(path = "/api/funding-sources", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<FundsLedger> sources(@RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        progress.awaitPosition(Views.FUNDS, after);
        Function<String, Optional<String>> titles = names.caseTitlesShown(caller);
        return Queries.answer(queries.query(new FindFundingSources(),
                                            ResponseTypes.multipleInstancesOf(FundsLedger.class)))
                      .stream().map(ledger -> needToKnow.ledger(caller, ledger.named(titles)).shown()).toList();
    }

    @GetMapping(path = "/api/funding-sources/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public FundsLedger ledger(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                              Authentication caller) {
        if (!FundingSourceId.isValid(id)) {
            throw new UnknownRecord(Kind.FUNDING_SOURCE, id);
        }
        progress.awaitPosition(Views.FUNDS, after);
        FundsLedger ledger = Queries.answer(queries.query(new FindFundsLedger(new FundingSourceId(id)),
                                                          ResponseTypes.optionalInstanceOf(FundsLedger.class)))
                                    .orElseThrow(() -> new UnknownRecord(Kind.FUNDING_SOURCE, id));
        return needToKnow.ledger(caller, ledger.named(names.caseTitlesShown(caller))).shown();
    }

    @GetMapping(path = "/api/crises/{id}/funds", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseFunds caseFunds(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                               Authentication caller) {
        if (!CrisisId.isValid(id)) {
            throw new UnknownRecord(Kind.CASE, id);
        }
        progress.awaitPosition(Views.FUNDS, after);
        CaseFunds funds = Queries.answer(queries.query(new FindCaseFunds(new CrisisId(id)),
                                                       ResponseTypes.optionalInstanceOf(CaseFunds.class)))
                                 .orElseThrow(() -> new UnknownRecord(Kind.CASE, id));
        return needToKnow.caseFunds(caller, funds.named(names.caseTitleShown(caller, id))).shown();
    }
}
