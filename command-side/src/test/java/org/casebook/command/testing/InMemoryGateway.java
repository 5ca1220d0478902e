package org.casebook.command.testing;

import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.casebook.command.RecordCorrelation;

/**
 * A command gateway over the given aggregates, on an in-memory event store with Casebook's record correlation:
 * start it before each specification and {@link #stop()} it after.
 */
public final class InMemoryGateway {

    private final Configuration axon;

    private InMemoryGateway(Configuration axon) {
        this.axon = axon;
    }

    /**
     * Starts a gateway over the aggregates, with what {@code more} adds to the configuration (components, command
     * handlers).
     */
    public static InMemoryGateway over(List<Class<?>> aggregates, UnaryOperator<Configurer> more) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureCorrelationDataProviders(c -> List.of(new RecordCorrelation()));
        aggregates.forEach(type -> configurer.configureAggregate(InMemoryRecord.aggregate(type)));
        Configuration axon = more.apply(configurer).buildConfiguration();
        axon.start();
        return new InMemoryGateway(axon);
    }

    public CommandGateway commands() {
        return axon.commandGateway();
    }

    /** The payloads of the events recorded on one aggregate, oldest first. */
    public List<Object> eventsOf(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                   .map(Object.class::cast).toList();
    }

    public void stop() {
        axon.shutdown();
    }
}
