package org.casebook.command.funds;

import static org.casebook.command.funds.FundsRule.SOURCE_ALREADY_REGISTERED;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.casebook.command.CommandMetadata;
import org.casebook.command.crisis.Crisis;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.funds.AllocateFunds;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.RegisterFundingSource;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.springframework.stereotype.Component;

/**
 * The funds commands that look beyond one funding source: registering one (once per authority and fiscal year),
 * and allocating to a case (which must be open, and the authorizing decision one of its own).
 */
@Component
public record FundsDesk(Repository<FundingSource> sources, Repository<Crisis> crises) {

    @CommandHandler
    public FundingSourceId handle(RegisterFundingSource command) throws Exception {
        try {
            sources.load(command.targetId());
            throw SOURCE_ALREADY_REGISTERED.broken("authority", "a funding source is registered already for "
                    + command.authority() + " in FY" + command.fiscalYear());
        } catch (AggregateNotFoundException e) {
            sources.newInstance(() -> new FundingSource(command));
            return command.sourceId();
        }
    }

    /** If-Match names the funding source's version, as with every movement of its money. */
    @CommandHandler
    public EntryNumber handle(AllocateFunds command,
                              @MetaDataValue(CommandMetadata.EXPECTED_VERSION) Long expectedVersion,
                              @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        try {
            crises.load(command.crisisId().value()).execute(crisis -> {
                crisis.requireEffectiveSinceOpening(effectiveAt);
                crisis.requireOpenTo("allocate funds");
                if (command.authorizedBy() != null) {
                    crisis.requireDecision(command.authorizedBy(), "authorizedBy");
                }
            });
        } catch (AggregateNotFoundException e) {
            throw new UnknownRecord(Kind.CASE, command.crisisId().value());
        }
        try {
            return sources.load(command.targetId()).invoke(source -> {
                source.requireExpectedVersion(expectedVersion);
                return source.allocate(command);
            });
        } catch (AggregateNotFoundException e) {
            throw new UnknownRecord(Kind.FUNDING_SOURCE, command.targetId());
        }
    }
}
