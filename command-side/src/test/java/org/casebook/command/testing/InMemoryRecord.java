package org.casebook.command.testing;

import org.axonframework.config.AggregateConfigurer;
import org.casebook.command.AddressedCommandTargetResolver;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.OpenCrisis;
import org.casebook.kernel.crisis.Sensitivity;

/** Pieces for specifications that run several aggregates through Axon's gateway on an in-memory event store. */
public final class InMemoryRecord {

    private InMemoryRecord() {
    }

    /** An aggregate addressed the way Casebook addresses it. */
    public static <T> AggregateConfigurer<T> aggregate(Class<T> type) {
        return AggregateConfigurer.defaultConfiguration(type)
                                  .configureCommandTargetResolver(c -> new AddressedCommandTargetResolver());
    }

    /** Opens a plain case. */
    public static OpenCrisis openCase(CaseId crisis) {
        return new OpenCrisis(crisis, "Case " + crisis, new CountryCode("HT"), null, "Unrest", null,
                              Sensitivity.UNCLASSIFIED, new Body("CRSG"), new Coordinator("M. Alvarez"));
    }
}
