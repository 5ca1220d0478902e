package org.casebook.query.reporting.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsObligated;
import org.casebook.kernel.funds.NotificationTransmitted;
import org.casebook.kernel.funds.NotificationWaitWaived;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportPoint;

/**
 * Folds the record into the notification of one allocation or obligation: what it needs of its source (the source's
 * entries, in order) and of its case and the decision behind it (the case's entries). Pure: no storage, no clock.
 */
final class NotificationFold {

    private final String sourceId;
    private final String entry;
    private final ReportEdition edition;
    private final boolean asSent;
    private final Map<String, NotificationTransmitted> transmitted = new HashMap<>();
    private final Map<String, NotificationWaitWaived> waived = new HashMap<>();
    private final Map<String, LocalDate> waivedOn = new HashMap<>();
    private FundingSourceRegistered source;
    private final Map<String, FundsAllocated> allocations = new HashMap<>();
    private FundsAllocated allocation;
    private FundsObligated obligation;
    private LocalDate recordedOn;
    private final Map<String, CrisisOpened> cases = new HashMap<>();
    private final Map<String, DecisionRecorded> decisions = new HashMap<>();
    private final Map<String, LocalDate> decidedOn = new HashMap<>();

    /** {@code asSent}: from layout 5 on, with what was transmitted and waived ({@link NotificationReport.Sent}). */
    NotificationFold(String sourceId, String entry, ReportEdition edition, boolean asSent) {
        this.sourceId = sourceId;
        this.entry = entry;
        this.edition = edition;
        this.asSent = asSent;
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
        } else if (event instanceof NotificationTransmitted e && e.sourceId().value().equals(sourceId)) {
            transmitted.put(e.allocation().value(), e);
        } else if (event instanceof NotificationWaitWaived e && e.sourceId().value().equals(sourceId)) {
            waived.put(e.allocation().value(), e);
            waivedOn.put(e.allocation().value(), day);
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
        boolean decisionWithheld = sensitivity == Sensitivity.SBU && edition == ReportEdition.STANDARD;
        String purpose = decision == null ? null : decisionWithheld ? Report.WITHHELD : decision.decision();
        return new NotificationReport(
                ReportType.NOTIFICATION, builtFrom, edition, sourceId, source.authority(),
                source.fiscalYear(), asSent ? EntryNumber.shown(entry) : entry,
                obligation == null ? "allocation" : "obligation",
                obligation == null ? null : asSent ? allocation.allocation().shown() : allocation.allocation().value(),
                caseId, kase.country().value(),
                asSent && kase.sensitivity() == Sensitivity.SBU && edition == ReportEdition.STANDARD ? Report.WITHHELD
                        : allocation.project(),
                allocation.sector().name(),
                (obligation == null ? allocation.amount() : obligation.amount()).toString(), recordedOn,
                decision == null ? null : decision.decisionId().value(),
                decision == null ? null : decision.decidingBody().value(),
                decision == null ? null
                        : asSent && decisionWithheld ? Report.WITHHELD : decision.authority(),
                decision == null ? null : decidedOn.get(decisionKey), purpose,
                asSent ? sent(kase, allocation.allocation().value()) : null);
    }

    /**
     * What was sent for the allocation, as the edition may show it: the texts of a notification marked SBU, or of
     * an SBU case, are withheld from the standard edition, as is the title of an SBU case.
     */
    private NotificationReport.Sent sent(CrisisOpened kase, String allocationNumber) {
        NotificationTransmitted notice = transmitted.get(allocationNumber);
        NotificationWaitWaived waiver = waived.get(allocationNumber);
        boolean sbuCase = kase.sensitivity() == Sensitivity.SBU;
        boolean withheld = edition == ReportEdition.STANDARD && (sbuCase
                || (notice != null && notice.classification() == Sensitivity.SBU));
        String title = edition == ReportEdition.STANDARD && sbuCase ? Report.WITHHELD : kase.title();
        return new NotificationReport.Sent(
                title,
                notice == null ? null : notice.transmittedOn(),
                notice == null ? null : notice.account(),
                notice == null ? List.of() : notice.committees(),
                notice == null ? null : notice.waitingDays(),
                notice == null ? null : notice.earliestObligationOn(),
                notice == null ? null : notice.amount().toString(),
                notice == null ? null : shown(notice.provided(), withheld),
                notice == null ? null : shown(notice.purpose(), withheld),
                notice == null ? null : shown(notice.objectives(), withheld),
                notice == null ? null : shown(notice.otherFunds(), withheld),
                notice == null ? null : notice.classification().name(),
                waiver != null,
                waiver == null ? null : shown(waiver.circumstances(), withheld),
                waiver == null ? null : waivedOn.get(allocationNumber),
                waiver == null ? null : waiver.notifyBy());
    }

    private static String shown(String text, boolean withheld) {
        return text == null ? null : withheld ? Report.WITHHELD : text;
    }
}
