package org.casebook.command.funds;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebook.command.funds.FundsRule.ADJUSTMENT_BELOW_COMMITTED;
import static org.casebook.command.funds.FundsRule.ADJUSTMENT_MUST_REDUCE;
import static org.casebook.command.funds.FundsRule.ALLOCATION_EXCEEDED;
import static org.casebook.command.funds.FundsRule.AMOUNT_MUST_BE_POSITIVE;
import static org.casebook.command.funds.FundsRule.CAP_EXCEEDED;
import static org.casebook.command.funds.FundsRule.EFFECTIVE_BEFORE_ITS_ENTRY;
import static org.casebook.command.funds.FundsRule.NOTIFICATION_ALREADY_TRANSMITTED;
import static org.casebook.command.funds.FundsRule.NOTIFICATION_TERMS_UNKNOWN;
import static org.casebook.command.funds.FundsRule.NOTIFICATION_WAIT;
import static org.casebook.command.funds.FundsRule.WAIT_ALREADY_WAIVED;
import static org.casebook.command.funds.FundsRule.OBLIGATION_EXCEEDED;
import static org.casebook.command.funds.FundsRule.UNKNOWN_ENTRY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebook.kernel.refusal.Mention;
import org.casebook.command.Versioned;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.funds.AdjustFunds;
import org.casebook.kernel.funds.AllocateFunds;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.DisburseFunds;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAdjusted;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsDisbursed;
import org.casebook.kernel.funds.FundsEvent;
import org.casebook.kernel.funds.FundsObligated;
import org.casebook.kernel.funds.NotificationTransmitted;
import org.casebook.kernel.funds.NotificationWaitWaived;
import org.casebook.kernel.funds.ObligateFunds;
import org.casebook.kernel.funds.RegisterFundingSource;
import org.casebook.kernel.funds.TransmitNotification;
import org.casebook.kernel.funds.WaiveNotificationWait;

/**
 * A funding source and every movement of its money: allocations to projects of cases, obligations against
 * allocations, disbursements against obligations, and adjustments. All of it is one stream, so the caps hold
 * whatever races: allocations within the cap, obligations within their allocation, disbursements within their
 * obligation. Sums are exact decimals. A movement takes effect no earlier than the entry it draws on or adjusts (and
 * so, through its allocation, never before its case was opened). Where the source's authority requires notice to
 * the congressional committees ({@link NotificationSettings}), money of an allocation is obligated only from the
 * earliest day of obligation of its notification, or once its wait was waived.
 */
@Aggregate(commandTargetResolver = "addressedCommandTargetResolver")
public class FundingSource implements Versioned {

    /**
     * An allocation, obligation or disbursement: its case, what it feeds, its amount after adjustments, how much of
     * it is committed further on, and when it took effect (null if not known). A value: the test fixture compares
     * the state a command left with the state sourced again.
     */
    private record Entry(CaseId crisisId, EntryNumber parent, Amount amount, Amount committed, Instant effectiveAt) {

        Entry(CaseId crisisId, EntryNumber parent, Amount amount, Instant effectiveAt) {
            this(crisisId, parent, amount, Amount.ZERO, effectiveAt);
        }

        Entry adjustedBy(Amount change) {
            return new Entry(crisisId, parent, amount.plus(change), committed, effectiveAt);
        }

        Entry committing(Amount more) {
            return new Entry(crisisId, parent, amount, committed.plus(more), effectiveAt);
        }
    }

    @AggregateIdentifier
    private FundingSourceId id;
    private String authority;
    private int fiscalYear;
    private Amount cap;
    private Amount allocated = Amount.ZERO;
    private final Map<EntryNumber, Entry> entries = new HashMap<>();
    private int allocations;
    private int obligations;
    private int disbursements;
    /** By allocation: the earliest day of obligation its notification allows, and the day its wait was waived. */
    private final Map<EntryNumber, LocalDate> obligableFrom = new HashMap<>();
    private final Map<EntryNumber, LocalDate> waivedOn = new HashMap<>();

    protected FundingSource() {
    }

    FundingSource(RegisterFundingSource command) {
        requirePositive(command.cap(), "cap");
        apply(new FundingSourceRegistered(command.sourceId(), command.authority(), command.fiscalYear(),
                                          command.cap(), "USD"));
    }

    @Override
    public String versionedRecord() {
        return "funding source " + id;
    }

    /** Allocates, if the cap allows; the case was checked by {@link FundsDesk}. */
    EntryNumber allocate(AllocateFunds command) {
        requirePositive(command.amount(), "amount");
        Amount remaining = cap.minus(allocated);
        if (command.amount().compareTo(remaining) > 0) {
            throw CAP_EXCEEDED.broken("amount", "allocating " + command.amount() + " would exceed the cap of "
                    + authority + ", FY" + fiscalYear + " (" + cap + "): " + remaining + " remains");
        }
        EntryNumber allocation = EntryNumber.allocation(allocations + 1);
        apply(new FundsAllocated(id, allocation, command.crisisId(), command.project(), command.sector(),
                                 command.amount(), command.authorizedBy()));
        return allocation;
    }

    @CommandHandler
    public EntryNumber handle(ObligateFunds command, NotificationSettings notifications,
                              @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        drawOn(command.allocation(), command.crisisId(), "allocation", command.amount(), ALLOCATION_EXCEEDED,
               "obligating", effectiveAt);
        requireNoticeGiven(command.allocation(), notifications, effectiveAt);
        EntryNumber obligation = EntryNumber.obligation(obligations + 1);
        apply(new FundsObligated(id, obligation, command.allocation(), command.crisisId(), command.amount(),
                                 command.description()));
        return obligation;
    }

    @CommandHandler
    public EntryNumber handle(DisburseFunds command, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        drawOn(command.obligation(), command.crisisId(), "obligation", command.amount(), OBLIGATION_EXCEEDED,
               "disbursing", effectiveAt);
        EntryNumber disbursement = EntryNumber.disbursement(disbursements + 1);
        apply(new FundsDisbursed(id, disbursement, command.obligation(), command.crisisId(), command.amount(),
                                 command.description()));
        return disbursement;
    }

    @CommandHandler
    public void handle(AdjustFunds command, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        if (!command.change().isNegative() || command.reason() == null || command.reason().isBlank()) {
            throw ADJUSTMENT_MUST_REDUCE.broken("change", "an adjustment reduces an entry (a negative change) and "
                    + "gives a reason");
        }
        Entry entry = entry(command.entry(), command.crisisId(), null);
        requireEffectiveSince(entry, command.entry(), effectiveAt);
        Amount after = entry.amount.plus(command.change());
        if (after.compareTo(entry.committed) < 0) {
            throw ADJUSTMENT_BELOW_COMMITTED.broken("change", command.entry() + " is " + entry.amount + ", of which "
                    + entry.committed + " is committed further on; it can be reduced by at most "
                    + entry.amount.minus(entry.committed));
        }
        apply(new FundsAdjusted(id, command.entry(), command.crisisId(), command.change(), command.reason()));
    }

    /**
     * Records the notification of an allocation as the committees received it, transmitted on the day the command
     * takes effect: the authority's account, committees and waiting period are copied from its terms.
     */
    @CommandHandler
    public void handle(TransmitNotification command, NotificationSettings notifications,
                       @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        Entry entry = entry(command.allocation(), command.crisisId(), "allocation");
        NotificationSettings.Terms terms = termsOf(notifications);
        if (obligableFrom.containsKey(command.allocation())) {
            throw NOTIFICATION_ALREADY_TRANSMITTED.broken("allocation", "the notification of allocation "
                    + command.allocation().shown() + " was transmitted already; it allows obligating from "
                    + obligableFrom.get(command.allocation()));
        }
        LocalDate transmittedOn = dayOf(effectiveAt);
        requireNotBeforeAllocation(entry, command.allocation(), transmittedOn, "transmitted");
        apply(new NotificationTransmitted(id, command.allocation(), command.crisisId(), transmittedOn, terms.account(),
                                          terms.committees(), terms.waitingDays(),
                                          transmittedOn.plusDays(terms.waitingDays()), entry.amount,
                                          command.provided(), command.purpose(), command.objectives(),
                                          command.otherFunds(), command.classification() == null
                                                  ? Sensitivity.UNCLASSIFIED : command.classification()));
    }

    /**
     * Waives the wait of an allocation's notification, in an emergency: money of it may be obligated from the day
     * this takes effect, and the notification is due within the authority's days after.
     */
    @CommandHandler
    public void handle(WaiveNotificationWait command, NotificationSettings notifications,
                       @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        Entry entry = entry(command.allocation(), command.crisisId(), "allocation");
        NotificationSettings.Terms terms = termsOf(notifications);
        if (waivedOn.containsKey(command.allocation())) {
            throw WAIT_ALREADY_WAIVED.broken("allocation", "the wait of allocation " + command.allocation().shown()
                    + " was waived already, on " + waivedOn.get(command.allocation()));
        }
        LocalDate waived = dayOf(effectiveAt);
        requireNotBeforeAllocation(entry, command.allocation(), waived, "waived");
        apply(new NotificationWaitWaived(id, command.allocation(), command.crisisId(), command.circumstances(),
                                         waived.plusDays(terms.notifyWithinDaysOfWaiver())));
    }

    private NotificationSettings.Terms termsOf(NotificationSettings notifications) {
        return notifications.of(authority).orElseThrow(() -> NOTIFICATION_TERMS_UNKNOWN.broken(
                "sourceId", "no notification terms are configured for " + authority + " (casebook.funds.authorities): "
                        + "its account, the committees notified and the waiting period are not known"));
    }

    /**
     * Where the authority requires notice, the obligation must take effect on or after the earliest day of
     * obligation of the allocation's notification, or on or after the day its wait was waived. Days are those the
     * entries take effect on (UTC): the obligation's, never the clock of whoever sends it.
     */
    private void requireNoticeGiven(EntryNumber allocation, NotificationSettings notifications, String effectiveAt) {
        NotificationSettings.Terms terms = notifications.of(authority).orElse(null);
        if (terms == null || !terms.noticeRequired()) {
            return;
        }
        LocalDate on = dayOf(effectiveAt);
        LocalDate earliest = obligableFrom.get(allocation);
        LocalDate waived = waivedOn.get(allocation);
        if ((earliest != null && !on.isBefore(earliest)) || (waived != null && !on.isBefore(waived))) {
            return;
        }
        String shown = allocation.shown();
        if (earliest == null) {
            throw NOTIFICATION_WAIT.broken("allocation", "no notification of allocation " + shown + " has been "
                    + "transmitted to the committees: " + authority + " requires notice " + terms.waitingDays()
                    + " days before money is obligated, unless the wait is waived in an emergency");
        }
        throw NOTIFICATION_WAIT.broken(RecordMetadata.EFFECTIVE_AT, "money of allocation " + shown + " may be "
                + "obligated from " + earliest + ", " + terms.waitingDays() + " days after its notification, not on "
                + on + ", unless the wait is waived in an emergency");
    }

    private static void requireNotBeforeAllocation(Entry entry, EntryNumber allocation, LocalDate day, String what) {
        if (entry.effectiveAt != null && day.isBefore(LocalDate.ofInstant(entry.effectiveAt, ZoneOffset.UTC))) {
            throw EFFECTIVE_BEFORE_ITS_ENTRY.broken(RecordMetadata.EFFECTIVE_AT, "a notification " + what + " on "
                    + day + " is before allocation " + allocation.shown() + " took effect, on " + entry.effectiveAt);
        }
    }

    /** The day (UTC) a command takes effect: the dispatcher always says when (the server clock by default). */
    private static LocalDate dayOf(String effectiveAt) {
        if (effectiveAt == null) {
            throw new IllegalStateException("a funds command carries when it takes effect (" + RecordMetadata.EFFECTIVE_AT
                                                    + ")");
        }
        return LocalDate.ofInstant(Instant.parse(effectiveAt), ZoneOffset.UTC);
    }

    /** Refuses to draw {@code amount} on an allocation or obligation beyond what remains of it. */
    private void drawOn(EntryNumber number, CaseId crisisId, String kind, Amount amount, FundsRule exceeded,
                        String action, String effectiveAt) {
        requirePositive(amount, "amount");
        Entry entry = entry(number, crisisId, kind);
        requireEffectiveSince(entry, number, effectiveAt);
        Amount remaining = entry.amount.minus(entry.committed);
        if (amount.compareTo(remaining) > 0) {
            throw exceeded.broken("amount", action + " " + amount + " would exceed " + kind + " " + number + " ("
                    + entry.amount + "): " + remaining + " remains");
        }
    }

    /** Money is not obligated, disbursed or adjusted before the entry it draws on (or adjusts) took effect. */
    private static void requireEffectiveSince(Entry entry, EntryNumber number, String effectiveAt) {
        if (entry.effectiveAt != null && effectiveAt != null && Instant.parse(effectiveAt).isBefore(entry.effectiveAt)) {
            throw EFFECTIVE_BEFORE_ITS_ENTRY.broken(RecordMetadata.EFFECTIVE_AT, "effectiveAt " + effectiveAt
                    + " is before " + describe(number) + " " + number + " took effect, on " + entry.effectiveAt);
        }
    }

    private static String describe(EntryNumber number) {
        return number.isAllocation() ? "allocation" : number.isObligation() ? "obligation" : "disbursement";
    }

    private Entry entry(EntryNumber number, CaseId crisisId, String kind) {
        Entry entry = entries.get(number);
        boolean rightKind = kind == null || (kind.equals("allocation") ? number.isAllocation() : number.isObligation());
        if (entry == null || !rightKind || !entry.crisisId.equals(crisisId)) {
            String field = kind == null ? "entry" : kind;
            throw UNKNOWN_ENTRY.brokenAbout(field, field + " " + number + " of funding source " + id
                    + " is not one of ", Mention.crisis(crisisId));
        }
        return entry;
    }

    private static void requirePositive(Amount amount, String field) {
        if (!amount.isPositive()) {
            throw AMOUNT_MUST_BE_POSITIVE.broken(field, "an amount of money is positive, not " + amount);
        }
    }

    @EventSourcingHandler
    void on(FundsEvent event, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        Instant at = effectiveAt == null ? null : Instant.parse(effectiveAt);
        if (event instanceof FundingSourceRegistered registered) {
            id = registered.sourceId();
            authority = registered.authority();
            fiscalYear = registered.fiscalYear();
            cap = registered.cap();
        } else if (event instanceof FundsAllocated allocatedFunds) {
            allocations++;
            allocated = allocated.plus(allocatedFunds.amount());
            entries.put(allocatedFunds.allocation(),
                        new Entry(allocatedFunds.crisisId(), null, allocatedFunds.amount(), at));
        } else if (event instanceof FundsObligated obligated) {
            obligations++;
            entries.put(obligated.obligation(), new Entry(obligated.crisisId(), obligated.allocation(),
                                                          obligated.amount(), at));
            commit(obligated.allocation(), obligated.amount());
        } else if (event instanceof FundsDisbursed disbursed) {
            disbursements++;
            entries.put(disbursed.disbursement(), new Entry(disbursed.crisisId(), disbursed.obligation(),
                                                            disbursed.amount(), at));
            commit(disbursed.obligation(), disbursed.amount());
        } else if (event instanceof FundsAdjusted adjusted) {
            Entry entry = entries.get(adjusted.entry());
            entries.put(adjusted.entry(), entry.adjustedBy(adjusted.change()));
            if (entry.parent == null) {
                allocated = allocated.plus(adjusted.change());
            } else {
                commit(entry.parent, adjusted.change());
            }
        } else if (event instanceof NotificationTransmitted transmitted) {
            obligableFrom.put(transmitted.allocation(), transmitted.earliestObligationOn());
        } else if (event instanceof NotificationWaitWaived waived) {
            waivedOn.put(waived.allocation(), at == null ? LocalDate.MIN : LocalDate.ofInstant(at, ZoneOffset.UTC));
        }
    }

    private void commit(EntryNumber parent, Amount amount) {
        entries.put(parent, entries.get(parent).committing(amount));
    }
}
