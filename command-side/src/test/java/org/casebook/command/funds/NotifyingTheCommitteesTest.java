package org.casebook.command.funds;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.Refused.staleVersion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.AddressedCommandTargetResolver;
import org.casebook.command.CommandMetadata;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsObligated;
import org.casebook.kernel.funds.NotificationTransmitted;
import org.casebook.kernel.funds.NotificationWaitWaived;
import org.casebook.kernel.funds.ObligateFunds;
import org.casebook.kernel.funds.TransmitNotification;
import org.casebook.kernel.funds.WaiveNotificationWait;
import org.junit.jupiter.api.Test;

/**
 * Where an authority requires notice, the committees are notified of an allocation before its money is obligated:
 * the notification records the authority's terms as they were, and obligating before its wait ends is refused
 * unless the wait was waived in an emergency.
 */
class NotifyingTheCommitteesTest {

    private static final FundingSourceId SOURCE = FundingSourceId.of("FY2008 NDAA s.1207", 2008);
    private static final FundingSourceId OTHER = FundingSourceId.of("Economic Support Fund", 2008);
    private static final CaseId CASE = new CaseId("case-1");
    private static final EntryNumber AL1 = EntryNumber.allocation(1);
    private static final List<String> COMMITTEES = List.of("Senate Armed Services", "House Armed Services");
    private static final NotificationSettings SETTINGS = new NotificationSettings(List.of(
            new NotificationSettings.Terms("s(ection|\\.) ?1207", "Section 1207 transfer", COMMITTEES, 15, true, 3)));

    private final AggregateTestFixture<FundingSource> fixture = new AggregateTestFixture<>(FundingSource.class);

    NotifyingTheCommitteesTest() {
        fixture.registerCommandTargetResolver(new AddressedCommandTargetResolver());
        fixture.registerInjectableResource(SETTINGS);
    }

    private static Map<String, Object> on(String day) {
        return Map.of(RecordMetadata.EFFECTIVE_AT, day + "T10:00:00Z");
    }

    private static GenericEventMessage<Object> at(Object event, String day) {
        return new GenericEventMessage<>(event, MetaData.from(on(day)));
    }

    private static List<Object> allocated(FundingSourceId source, String authority) {
        return List.of(at(new FundingSourceRegistered(source, authority, 2008, Amount.of("1000.00"), "USD"),
                          "2026-11-01"),
                       at(new FundsAllocated(source, AL1, CASE, "Police training", Sector.SECURITY,
                                             Amount.of("600.00"), null), "2026-11-02"));
    }

    private static TransmitNotification transmit() {
        return new TransmitNotification(SOURCE, CASE, AL1, "Funds and services", "Train the police",
                                        "Policing before the elections", null, null);
    }

    private static NotificationTransmitted transmitted(String on, String earliest) {
        return new NotificationTransmitted(SOURCE, AL1, CASE, LocalDate.parse(on), "Section 1207 transfer",
                                           COMMITTEES, 15, LocalDate.parse(earliest), Amount.of("600.00"),
                                           "Funds and services", "Train the police", "Policing before the elections",
                                           null, Sensitivity.UNCLASSIFIED);
    }

    private static ObligateFunds obligate() {
        return new ObligateFunds(SOURCE, CASE, AL1, Amount.of("100.00"), "Training contract");
    }

    @Test
    void a_notification_records_the_authoritys_account_committees_and_earliest_day_of_obligation() {
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .when(transmit(), on("2026-12-01"))
               .expectSuccessfulHandlerExecution()
               .expectEvents(transmitted("2026-12-01", "2026-12-16"));
    }

    @Test
    void obligating_with_no_notification_transmitted_is_refused() {
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .when(obligate(), on("2026-12-01"))
               .expectException(brokenRule("notification-wait").onField("allocation"))
               .expectNoEvents();
    }

    @Test
    void obligating_before_the_earliest_day_of_obligation_is_refused_naming_the_day() {
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .andGiven(at(transmitted("2026-12-01", "2026-12-16"), "2026-12-01"))
               .when(obligate(), on("2026-12-15"))
               .expectException(brokenRule("notification-wait").onField(RecordMetadata.EFFECTIVE_AT))
               .expectNoEvents();
    }

    @Test
    void obligating_on_the_earliest_day_of_obligation_is_allowed() {
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .andGiven(at(transmitted("2026-12-01", "2026-12-16"), "2026-12-01"))
               .when(obligate(), on("2026-12-16"))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new FundsObligated(SOURCE, EntryNumber.obligation(1), AL1, CASE, Amount.of("100.00"),
                                                "Training contract"));
    }

    @Test
    void a_waiver_records_its_circumstances_and_when_the_notification_is_due() {
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .when(new WaiveNotificationWait(SOURCE, CASE, AL1, "Flood: police unpaid"), on("2026-12-03"))
               .expectEvents(new NotificationWaitWaived(SOURCE, AL1, CASE, "Flood: police unpaid",
                                                        LocalDate.parse("2026-12-06")));
    }

    @Test
    void a_waiver_allows_obligating_from_its_own_day_but_not_before() {
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .andGiven(at(new NotificationWaitWaived(SOURCE, AL1, CASE, "Flood", LocalDate.parse("2026-12-06")),
                            "2026-12-03"))
               .when(obligate(), on("2026-12-03"))
               .expectSuccessfulHandlerExecution();
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .andGiven(at(new NotificationWaitWaived(SOURCE, AL1, CASE, "Flood", LocalDate.parse("2026-12-06")),
                            "2026-12-03"))
               .when(obligate(), on("2026-12-02"))
               .expectException(brokenRule("notification-wait").onField("allocation"))
               .expectNoEvents();
    }

    @Test
    void money_of_an_authority_that_requires_no_notice_is_obligated_without_one() {
        fixture.given(allocated(OTHER, "Economic Support Fund"))
               .when(new ObligateFunds(OTHER, CASE, AL1, Amount.of("100.00"), "Grant"), on("2026-11-02"))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_notification_of_an_authority_without_terms_is_refused() {
        fixture.given(allocated(OTHER, "Economic Support Fund"))
               .when(new TransmitNotification(OTHER, CASE, AL1, "Funds", "Purpose", "Objectives", null, null),
                     on("2026-12-01"))
               .expectException(brokenRule("notification-terms-unknown").onField("sourceId"))
               .expectNoEvents();
    }

    @Test
    void a_notification_is_transmitted_once_and_not_before_its_allocation() {
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .andGiven(at(transmitted("2026-12-01", "2026-12-16"), "2026-12-01"))
               .when(transmit(), on("2026-12-02"))
               .expectException(brokenRule("notification-already-transmitted").onField("allocation"));
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .when(transmit(), on("2026-11-01"))
               .expectException(brokenRule("effective-before-its-entry").onField(RecordMetadata.EFFECTIVE_AT))
               .expectNoEvents();
    }

    @Test
    void a_wait_is_not_waived_before_its_allocation_took_effect() {
        fixture.given(allocated(SOURCE, "FY2008 NDAA s.1207"))
               .when(new WaiveNotificationWait(SOURCE, CASE, AL1, "Flood: police unpaid"), on("2026-11-01"))
               .expectException(brokenRule("effective-before-its-entry").onField(RecordMetadata.EFFECTIVE_AT))
               .expectNoEvents();
    }

    @Test
    void money_is_not_obligated_from_a_version_of_the_source_that_is_no_longer_current() {
        fixture.given(allocated(OTHER, "Economic Support Fund"))
               .when(new ObligateFunds(OTHER, CASE, AL1, Amount.of("100.00"), "Grant"),
                     Map.of(RecordMetadata.EFFECTIVE_AT, "2026-11-02T10:00:00Z", CommandMetadata.EXPECTED_VERSION, 1L))
               .expectException(staleVersion("funding source economic-support-fund-fy2008", 1, 2))
               .expectNoEvents();
    }
}
