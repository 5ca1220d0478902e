package org.casebook.query.funds;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.validation.constraints.Min;
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
public record FundsEndpoint(FundsProjection funds, ViewProgress progress, NeedToKnow needToKnow, RecordNames names) {

    @GetMapping(path = "/api/funding-sources", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<FundsLedger> sources(@RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        progress.awaitPosition(Views.FUNDS, after);
        Function<String, Optional<String>> titles = names.caseTitlesShown(caller);
        return funds.ledgers().stream().map(ledger -> needToKnow.ledger(caller, ledger.named(titles)).shown())
                    .toList();
    }

    @GetMapping(path = "/api/funding-sources/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public FundsLedger ledger(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                              Authentication caller) {
        if (!FundingSourceId.isValid(id)) {
            throw new UnknownRecord(Kind.FUNDING_SOURCE, id);
        }
        progress.awaitPosition(Views.FUNDS, after);
        FundsLedger ledger = funds.ledger(new FundingSourceId(id))
                                  .orElseThrow(() -> new UnknownRecord(Kind.FUNDING_SOURCE, id));
        return needToKnow.ledger(caller, ledger.named(names.caseTitlesShown(caller))).shown();
    }

    @GetMapping(path = "/api/crises/{id}/funds", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseFunds caseFunds(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                               Authentication caller) {
        CaseFunds ofCase = progress.readCase(id, List.of(Views.FUNDS), after, funds::caseFunds);
        return needToKnow.caseFunds(caller, ofCase.named(names.caseTitleShown(caller, id))).shown();
    }
}
