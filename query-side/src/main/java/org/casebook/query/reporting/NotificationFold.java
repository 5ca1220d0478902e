package org.casebook.query.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsObligated;

/**
 * Folds the record into the notification of one allocation or obligation: what it needs of its source (the source's
 * entries, in order) and of its case and the decision behind it (the case's entries). Pure: no storage, no clock.
 */
final class NotificationFold {

    private final String sourceId;
    private final String entry;
    private final boolean sbuEdition;
    private FundingSourceRegistered source;
    private final Map<String, FundsAllocated> allocations = new HashMap<>();
    private FundsAllocated allocation;
    private FundsObligated obligation;
    private LocalDate recordedOn;
    private final Map<String, CrisisOpened> cases = new HashMap<>();
    private final Map<String, DecisionRecorded> decisions = new HashMap<>();
    private final Map<String, LocalDate> decidedOn = new HashMap<>();

    NotificationFold(String sourceId, String entry, boolean sbuEdition) {
        this.sourceId = sourceId;
        this.entry = entry;
        this.sbuEdition = sbuEdition;
    }

    void apply(Object event, Instant effectiveAt) {
        LocalDate day = LocalDate.ofInstant(effectiveAt, ZoneOffset.UTC);
        if (event instanceof CrisisOpened e) {
            cases.put(e.crisisId().value(), e);
        } else if (event instanceof DecisionRecorded e) {
            String key = e.crisisId().value() + "/" + e.decisionId().value();
            decisions.put(key, e);
            decidedOn.put(key, day);
        } else if (event instanceof FundingSourceRegistered e && e.sourceId().value().equals(sourceId)) {
            source = e;
        } else if (event instanceof FundsAllocated e && e.sourceId().value().equals(sourceId)) {
            allocations.put(e.allocation().value(), e);
            if (e.allocation().value().equals(entry)) {
                allocation = e;
                recordedOn = day;
            }
        } else if (event instanceof FundsObligated e && e.sourceId().value().equals(sourceId)
                && e.obligation().value().equals(entry)) {
            obligation = e;
            allocation = allocations.get(e.allocation().value());
            recordedOn = day;
        }
    }

    /** The case the allocation is for, once the source's entries are folded; empty if there is no such entry. */
    Optional<String> caseId() {
        return Optional.ofNullable(allocation).map(found -> found.crisisId().value());
    }

    /** Null when the source has no such allocation or obligation (up to the point). */
    NotificationReport result(ReportPoint builtFrom) {
        if (source == null || allocation == null) {
            return null;
        }
        String caseId = allocation.crisisId().value();
        CrisisOpened kase = cases.get(caseId);
        String decisionKey = allocation.authorizedBy() == null ? null
                : caseId + "/" + allocation.authorizedBy().value();
        DecisionRecorded decision = decisionKey == null ? null : decisions.get(decisionKey);
        Sensitivity sensitivity = decision == null ? kase.sensitivity()
                : decision.sensitivity() != null ? decision.sensitivity() : kase.sensitivity();
        String purpose = decision == null ? null
                : sensitivity == Sensitivity.SBU && !sbuEdition ? Report.WITHHELD : decision.decision();
        return new NotificationReport(
                "notification", builtFrom, sbuEdition ? "sbu" : "standard", sourceId, source.authority(),
                source.fiscalYear(), entry, obligation == null ? "allocation" : "obligation",
                obligation == null ? null : allocation.allocation().value(), caseId, kase.country().value(),
                allocation.project(), allocation.sector().name(),
                (obligation == null ? allocation.amount() : obligation.amount()).toString(), recordedOn,
                decision == null ? null : decision.decisionId().value(),
                decision == null ? null : decision.decidingBody().value(),
                decision == null ? null : decision.authority(),
                decision == null ? null : decidedOn.get(decisionKey), purpose);
    }
}
