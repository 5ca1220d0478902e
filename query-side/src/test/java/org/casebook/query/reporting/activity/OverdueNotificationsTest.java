package org.casebook.query.reporting.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.NotificationTransmitted;
import org.casebook.kernel.funds.NotificationWaitWaived;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.query.reporting.ReportLayout;
import org.junit.jupiter.api.Test;

/**
 * A waiver of a notification's wait owes the committees the notification by a day; from layout 5 on, an activity
 * report lists it as overdue while it is unanswered at the period's end. Earlier layouts are as they were.
 */
class OverdueNotificationsTest {

    private static final CaseId CASE = new CaseId("case-1");
    private static final FundingSourceId SOURCE = FundingSourceId.of("FY2027 NDAA s.1207", 2027);
    private static final EntryNumber AL1 = EntryNumber.allocation(1);
    private static final FiscalPeriod Q1 = FiscalPeriod.parse("FY2027-Q1", Month.OCTOBER);
    private static final FiscalPeriod Q2 = FiscalPeriod.parse("FY2027-Q2", Month.OCTOBER);

    private final ActivityLedger ledger = new ActivityLedger();
    private long position;

    OverdueNotificationsTest() {
        apply(new CrisisOpened(CASE, "Flooded north", new CountryCode("HT"), "North", "Floods", Stage.OPERATIONS,
                               Sensitivity.UNCLASSIFIED, new Body("CRSG"), new Coordinator("M. Alvarez")),
              "2026-10-01");
        apply(new FundingSourceRegistered(SOURCE, "FY2027 NDAA s.1207", 2027, Amount.of("1000.00"), "USD"),
              "2026-10-01");
        apply(new FundsAllocated(SOURCE, AL1, CASE, "Police pay", Sector.SECURITY, Amount.of("500.00"), null),
              "2026-10-02");
        apply(new NotificationWaitWaived(SOURCE, AL1, CASE, "Police unpaid", LocalDate.parse("2026-12-20")),
              "2026-12-17");
    }

    private void apply(Object event, String day) {
        ledger.apply(event, "event-" + position, Instant.parse(day + "T10:00:00Z"), ++position);
    }

    private List<ActivityReport.OverdueRow> overdue(FiscalPeriod period, ReportLayout layout) {
        return new ActivityTally(ledger, period, ReportEdition.STANDARD, layout).result().overdue().stream()
                .filter(row -> row.item().equals("notification-overdue")).toList();
    }

    @Test
    void a_waiver_unanswered_past_its_day_is_overdue_at_the_periods_end() {
        assertThat(overdue(Q1, ReportLayout.NOTIFICATIONS_AS_SENT)).containsExactly(new ActivityReport.OverdueRow(
                "case-1", "notification-overdue", "the notification of AL-1 of fy2027-ndaa-s-1207-fy2027 was due by "
                        + "2026-12-20 after its wait was waived on 2026-12-17; not transmitted"));
    }

    @Test
    void earlier_layouts_list_no_such_item() {
        assertThat(overdue(Q1, ReportLayout.READABLE)).isEmpty();
    }

    @Test
    void a_notification_transmitted_before_the_periods_end_answers_the_waiver() {
        apply(new NotificationTransmitted(SOURCE, AL1, CASE, LocalDate.parse("2027-01-04"), "Section 1207 transfer",
                                          List.of("House Armed Services"), 15, LocalDate.parse("2027-01-19"),
                                          Amount.of("500.00"), "Funds", "Pay", "Posts", null,
                                          Sensitivity.UNCLASSIFIED), "2027-01-04");

        assertThat(overdue(Q1, ReportLayout.NOTIFICATIONS_AS_SENT)).hasSize(1); // still unanswered on 31 December
        assertThat(overdue(Q2, ReportLayout.NOTIFICATIONS_AS_SENT)).isEmpty();
    }
}
