package org.casebook.server.monitoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casebook.command.RuleViolation;
import org.casebook.command.StaleVersion;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.NotCleared;
import org.casebook.kernel.refusal.UnknownRecord;
import org.springframework.stereotype.Component;

/**
 * Counts every command the command bus handles, by its type and how it ended (casebook_commands_total): recorded
 * (its commit is durable), refused (a rule, the input, an unknown record, a clearance, an If-Match), conflict (it
 * raced another change to its case; the dispatcher may apply it again, counted again) or failed (anything else).
 * The rate is Prometheus' {@code rate()} of the count.
 */
@Component
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String COUNTER = "casebook.commands";

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public CommandMetrics(CommandBus commandBus, MeterRegistry meters) {
        this.meters = meters;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        String type = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(done -> count(type, "recorded"));
        unitOfWork.onRollback(failed -> count(type, outcome(failed.getExecutionResult().getExceptionResult())));
        return chain.proceed();
    }

    private void count(String type, String outcome) {
        counters.computeIfAbsent(type + ' ' + outcome, key -> Counter.builder(COUNTER)
                .description("Commands handled, by type and outcome")
                .tag("type", type).tag("outcome", outcome).register(meters)).increment();
    }

    private static String outcome(Throwable cause) {
        if (cause instanceof ConcurrencyException) {
            return "conflict";
        }
        if (cause instanceof RuleViolation || cause instanceof InvalidInput || cause instanceof UnknownRecord
            || cause instanceof AggregateNotFoundException || cause instanceof NotCleared
            || cause instanceof StaleVersion) {
            return "refused";
        }
        return "failed";
    }
}
