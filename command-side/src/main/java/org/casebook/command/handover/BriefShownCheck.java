package org.casebook.command.handover;

import static org.casebook.command.handover.HandoverRule.BRIEF_NOT_SHOWN;

import java.util.Optional;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.casebook.command.CommandMetadata;
import org.casebook.kernel.Queries;
import org.casebook.kernel.handover.AcceptHandover;
import org.casebook.kernel.handover.FindBriefDigest;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.springframework.stereotype.Component;

/**
 * An acceptance must name the brief of its handover as it is built from the record: the digest the receiver was
 * shown (of the brief with SBU text withheld, unless they are cleared). The brief is built on the read side, so
 * this check asks for its digest before the case decides.
 */
@Component
public class BriefShownCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final QueryGateway queries;

    public BriefShownCheck(CommandBus commandBus, QueryGateway queries) {
        this.queries = queries;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof AcceptHandover accept) {
            String shown = accept.briefDigest();
            boolean cleared = Boolean.TRUE.equals(unitOfWork.getMessage().getMetaData()
                                                            .get(CommandMetadata.CLEARED_FOR_SBU));
            String digest = digestOf(accept, cleared).orElseThrow(
                    () -> new UnknownRecord(Kind.HANDOVER, accept.handoverId().value()));
            if (!digest.equals(shown)) {
                throw BRIEF_NOT_SHOWN.broken("briefDigest", "the brief of handover " + accept.handoverId()
                        + " has the digest " + digest + ", not " + shown + "; show the receiver the brief (GET "
                        + "/api/crises/" + accept.crisisId() + "/handovers/" + accept.handoverId() + "/brief) and "
                        + "send the digest it carries");
            }
        }
        return chain.proceed();
    }

    /** Empty when the case has no such handover (the read side waits until it has read the whole journal). */
    private Optional<String> digestOf(AcceptHandover accept, boolean cleared) {
        return Queries.answer(queries.query(new FindBriefDigest(accept.crisisId(), accept.handoverId(), cleared),
                                            ResponseTypes.optionalInstanceOf(String.class)));
    }
}
