package org.casebook.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Money set up through the API, as a coordinator would: funding sources and allocations on a case. */
public final class Money {

    private Money() {
    }

    /** A funding source of that authority for FY2026 with a cap of $100,000.00, registered; its id. */
    public static String registered(Api coordinator, String authority) {
        Api.Response registered = coordinator.post("/api/funding-sources", Map.of(
                "authority", authority, "fiscalYear", 2026, "cap", "100000.00"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.id();
    }

    /** That amount allocated on the case from the source, authorized by its decision D-1, once its funds show it. */
    public static void allocated(Api coordinator, String kase, String source, String amount) {
        Api.Response allocated = coordinator.post("/api/crises/" + kase + "/funds/allocations", Map.of(
                "sourceId", source, "project", "Food", "sector", "HUMANITARIAN_ASSISTANCE_AND_SOCIAL_WELL_BEING",
                "amount", amount, "authorizedBy", "D-1"));
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
        coordinator.get("/api/crises/" + kase + "/funds?after=" + allocated.position());
    }
}
