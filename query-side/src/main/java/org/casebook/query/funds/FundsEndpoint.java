package org.casebook.query.funds;

import java.util.List;

import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The funds ledgers: per funding source, and per case; cases named by title (as the reader may see it) and id. */
@RestController
public record FundsEndpoint(FundsQueries funds) {

    @GetMapping(path = "/api/funding-sources", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<FundsLedger> sources(@RequestParam(required = false) @Min(0) Long after, Authentication caller) {
        return funds.sources(after, caller);
    }

    @GetMapping(path = "/api/funding-sources/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public FundsLedger ledger(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                              Authentication caller) {
        return funds.ledger(id, after, caller);
    }

    @GetMapping(path = "/api/crises/{id}/funds", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseFunds caseFunds(@PathVariable String id, @RequestParam(required = false) @Min(0) Long after,
                               Authentication caller) {
        return funds.caseFunds(id, after, caller);
    }
}
