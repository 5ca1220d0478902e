package org.casebook.command.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casebook.command.web.CommandBody;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.AdjustFunds;
import org.casebook.kernel.funds.AllocateFunds;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.DisburseFunds;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.ObligateFunds;
import org.casebook.kernel.funds.RegisterFundingSource;
import org.casebook.kernel.funds.TransmitNotification;
import org.casebook.kernel.funds.WaiveNotificationWait;
import org.casebook.command.web.WithinHorizon;

/**
 * The JSON bodies of the funds commands, with their shape rules (400): amounts are JSON numbers or strings with
 * at most 2 decimal places, read as exact decimals. Limits (caps, remaining amounts) answer 422.
 */
public final class FundsRequests {

    private static final int LINE = 200;
    private static final int TEXT = 2_000;
    private static final String SOURCE = "[a-z0-9]+(-[a-z0-9]+)*-fy[0-9]{4}";
    private static final String SOURCE_MESSAGE = "must be a funding source id, such as ndaa-s-1207-fy2008";

    private FundsRequests() {
    }

    public record RegisterRequest(@NotBlank @Size(max = 100)
                           @Pattern(regexp = "(?s).*[A-Za-z0-9].*", message = "must name a statute or authority "
                                   + "in letters and digits, such as FY2008 NDAA s.1207") String authority,
                           @NotNull @Min(1990) @Max(2100) Integer fiscalYear,
                           @NotNull @Digits(integer = 13, fraction = 2) BigDecimal cap,
                           Instant effectiveAt) implements CommandBody {

        public RegisterFundingSource toCommand() {
            return new RegisterFundingSource(FundingSourceId.of(authority, fiscalYear), authority, fiscalYear,
                                             new Amount(cap));
        }
    }

    public record AllocateRequest(@NotBlank @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String sourceId,
                           @NotBlank @Size(max = LINE) String project,
                           @NotNull Sector sector,
                           @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount,
                           @Pattern(regexp = "D-[1-9][0-9]{0,8}", message = "must be a decision id of this case, "
                                   + "such as D-3") String authorizedBy,
                           Instant effectiveAt) implements CommandBody {

        public AllocateFunds toCommand(CaseId crisisId) {
            return new AllocateFunds(new FundingSourceId(sourceId), crisisId, project, sector, new Amount(amount),
                                     authorizedBy == null ? null : new DecisionId(authorizedBy));
        }
    }

    public record ObligateRequest(@NotBlank @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String sourceId,
                           @NotBlank @Pattern(regexp = "AL?-[1-9][0-9]{0,8}", message = "must be an allocation, "
                                   + "such as AL-2") String allocation,
                           @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount,
                           @NotBlank @Size(max = TEXT) String description,
                           Instant effectiveAt) implements CommandBody {

        public ObligateFunds toCommand(CaseId crisisId) {
            return new ObligateFunds(new FundingSourceId(sourceId), crisisId, EntryNumber.given(allocation).orElseThrow(),
                                     new Amount(amount), description);
        }
    }

    public record DisburseRequest(@NotBlank @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String sourceId,
                           @NotBlank @Pattern(regexp = "O-[1-9][0-9]{0,8}", message = "must be an obligation, "
                                   + "such as O-2") String obligation,
                           @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount,
                           @NotBlank @Size(max = TEXT) String description,
                           Instant effectiveAt) implements CommandBody {

        public DisburseFunds toCommand(CaseId crisisId) {
            return new DisburseFunds(new FundingSourceId(sourceId), crisisId, EntryNumber.given(obligation).orElseThrow(),
                                     new Amount(amount), description);
        }
    }

    public record AdjustRequest(@NotBlank @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String sourceId,
                         @NotBlank @Pattern(regexp = "(AL|[AOP])-[1-9][0-9]{0,8}", message = "must be an "
                                 + "allocation, obligation or disbursement, such as AL-2 or O-2") String entry,
                         @NotNull @Digits(integer = 13, fraction = 2) BigDecimal change,
                         @NotBlank @Size(max = TEXT) String reason,
                         Instant effectiveAt) implements CommandBody {

        public AdjustFunds toCommand(CaseId crisisId) {
            return new AdjustFunds(new FundingSourceId(sourceId), crisisId, EntryNumber.given(entry).orElseThrow(),
                                   new Amount(change), reason);
        }
    }

    private static final String ALLOCATION = "AL?-[1-9][0-9]{0,8}";
    private static final String ALLOCATION_MESSAGE = "must be an allocation, such as AL-2";

    /**
     * A notification as transmitted to the committees; {@code transmittedOn} is the day it was sent (today if not
     * given), which is when it takes effect.
     */
    public record TransmitRequest(@NotBlank @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String sourceId,
                           @NotBlank @Pattern(regexp = ALLOCATION, message = ALLOCATION_MESSAGE) String allocation,
                           @NotBlank @Size(max = LINE) String provided,
                           @NotBlank @Size(max = TEXT) String purpose,
                           @NotBlank @Size(max = TEXT) String objectives,
                           @Size(max = TEXT) String otherFunds,
                           Sensitivity classification,
                           @WithinHorizon LocalDate transmittedOn) implements CommandBody {

        public TransmitNotification toCommand(CaseId crisisId) {
            return new TransmitNotification(new FundingSourceId(sourceId), crisisId,
                                            EntryNumber.given(allocation).orElseThrow(), provided, purpose, objectives,
                                            otherFunds == null || otherFunds.isBlank() ? null : otherFunds,
                                            classification == null ? Sensitivity.UNCLASSIFIED : classification);
        }

        /** The start of the day transmitted (UTC), or null: now. */
        @Override
        public Instant effectiveAt() {
            return transmittedOn == null ? null : transmittedOn.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }

    /** A waiver of the wait, with the emergency circumstances that justify it. */
    public record WaiveRequest(@NotBlank @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String sourceId,
                        @NotBlank @Pattern(regexp = ALLOCATION, message = ALLOCATION_MESSAGE) String allocation,
                        @NotBlank @Size(max = TEXT) String circumstances,
                        Instant effectiveAt) implements CommandBody {

        public WaiveNotificationWait toCommand(CaseId crisisId) {
            return new WaiveNotificationWait(new FundingSourceId(sourceId), crisisId,
                                             EntryNumber.given(allocation).orElseThrow(), circumstances);
        }
    }
}
