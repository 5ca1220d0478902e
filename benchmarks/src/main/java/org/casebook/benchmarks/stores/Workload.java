package org.casebook.benchmarks.stores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.casebook.benchmarks.stores.BenchCase.OpenBenchCase;
import org.casebook.benchmarks.stores.BenchCase.StepBenchCase;
import org.casebook.kernel.crisis.Stage;

/**
 * The same work through any store, as an application would drive it: commands through a command bus to one
 * event-sourced aggregate (each command a unit of work that loads the case and appends one event), a tracking
 * processor reading the whole store, and loads of one long case.
 */
final class Workload {

    /** Events a batch of the replay's processor (Casebook's views use 1,000, Axon's default is 1). */
    private static final int REPLAY_BATCH = 100;
    private static final long REPLAY_TIMEOUT_MINUTES = 10;
    private static final long PRODUCER_STOP_SECONDS = 10;

    private final Sizes sizes;

    Workload(Sizes sizes) {
        this.sizes = sizes;
    }

    Map<Measure, Double> run(OpenedStore store, String round) throws Exception {
        TransactionManager transactions = store.transactions();
        List<Thread> producers = new CopyOnWriteArrayList<>();
        EmbeddedEventStore events = EmbeddedEventStore.builder()
                                                      .storageEngine(store.engine())
                                                      .threadFactory(task -> {
                                                          Thread producer = new Thread(task, "event-producer");
                                                          producer.setDaemon(true);
                                                          producers.add(producer);
                                                          return producer;
                                                      })
                                                      .build();
        try {
            EventSourcingRepository<BenchCase> repository = EventSourcingRepository.builder(BenchCase.class)
                                                                                  .eventStore(events)
                                                                                  .build();
            SimpleCommandBus commandBus = SimpleCommandBus.builder().transactionManager(transactions).build();
            AggregateAnnotationCommandHandler.<BenchCase>builder()
                                             .aggregateType(BenchCase.class)
                                             .repository(repository)
                                             .build()
                                             .subscribe(commandBus);
            CommandGateway commands = DefaultCommandGateway.builder().commandBus(commandBus).build();

            Map<Measure, Double> figures = new EnumMap<>(Measure.class);
            figures.put(Measure.APPENDS_ONE_WRITER, appendWithOneWriter(commands, round));
            figures.put(Measure.APPENDS_EIGHT_WRITERS, appendWithEightWriters(commands, round));
            figures.put(Measure.LOAD, loadLongCase(events, repository, transactions, round));
            figures.put(Measure.REPLAY, replay(events, transactions));
            return figures;
        } finally {
            events.shutDown();
            // the store is closed next: its reader thread must have stopped reading it
            for (Thread producer : producers) {
                producer.join(TimeUnit.SECONDS.toMillis(PRODUCER_STOP_SECONDS));
            }
        }
    }

    private double appendWithOneWriter(CommandGateway commands, String round) {
        long started = System.nanoTime();
        for (int i = 0; i < sizes.singleWriterCases(); i++) {
            appendCase(commands, round + "-single-" + i, Sizes.EVENTS_PER_CASE);
        }
        return perSecond((long) sizes.singleWriterCases() * Sizes.EVENTS_PER_CASE, System.nanoTime() - started);
    }

    private double appendWithEightWriters(CommandGateway commands, String round) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(Sizes.WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            long started = System.nanoTime();
            for (int writer = 0; writer < Sizes.WRITERS; writer++) {
                int first = writer;
                done.add(writers.submit(() -> {
                    // each writer its own cases: no two commands race for one case
                    for (int i = first; i < sizes.eightWriterCases(); i += Sizes.WRITERS) {
                        appendCase(commands, round + "-writers-" + i, Sizes.EVENTS_PER_CASE);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            return perSecond((long) sizes.eightWriterCases() * Sizes.EVENTS_PER_CASE, System.nanoTime() - started);
        } finally {
            writers.shutdown();
        }
    }

    private static void appendCase(CommandGateway commands, String caseId, int events) {
        commands.sendAndWait(new OpenBenchCase(caseId));
        for (int step = 1; step < events; step++) {
            commands.sendAndWait(new StepBenchCase(caseId, step));
        }
    }

    /**
     * The median time of {@code repository.load} of the long case, each in a unit of work of its own. The case is
     * written one event per unit of work, as commands would, but without loading it before each: that would make
     * writing it quadratic, and appends are measured above.
     */
    private double loadLongCase(EmbeddedEventStore events, EventSourcingRepository<BenchCase> repository,
                                TransactionManager transactions, String round) throws Exception {
        String caseId = round + "-long";
        Stage stage = Stage.WATCH;
        for (int sequence = 0; sequence < sizes.longCaseEvents(); sequence++) {
            Object entry = sequence == 0 ? BenchCase.opened(caseId) : BenchCase.stepped(caseId, stage, sequence);
            stage = Stage.ASSESSMENT;
            DomainEventMessage<?> event = new GenericDomainEventMessage<>(BenchCase.class.getSimpleName(), caseId,
                                                                          sequence, entry);
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.attachTransaction(transactions);
            unitOfWork.execute(() -> events.publish(event));
        }
        long[] times = new long[sizes.loads()];
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.attachTransaction(transactions);
            ResultMessage<Integer> steps = unitOfWork.executeWithResult(
                    () -> repository.load(caseId).invoke(BenchCase::steps));
            times[i] = System.nanoTime() - started;
            if (steps.isExceptional()) {
                throw new IllegalStateException("loading " + caseId + " failed", steps.exceptionResult());
            }
            if (steps.getPayload() != sizes.longCaseEvents() - 1) {
                throw new IllegalStateException(caseId + " loaded with " + steps.getPayload() + " steps, not "
                        + (sizes.longCaseEvents() - 1));
            }
        }
        Arrays.sort(times);
        return times[times.length / 2] / 1e6;
    }

    /** A fresh tracking processor from the start of the store until it has handled every event. */
    private double replay(EmbeddedEventStore events, TransactionManager transactions) throws Exception {
        long expected = sizes.totalEvents();
        CountingProjection projection = new CountingProjection(expected);
        TrackingEventProcessor processor =
                TrackingEventProcessor.builder()
                                      .name("store-benchmark-replay")
                                      .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                                                                                    .eventHandlers(projection)
                                                                                    .build())
                                      .messageSource(events)
                                      .tokenStore(new InMemoryTokenStore())
                                      .transactionManager(transactions)
                                      .trackingEventProcessorConfiguration(
                                              TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                                 .andBatchSize(REPLAY_BATCH))
                                      .build();
        long started = System.nanoTime();
        processor.start();
        try {
            long caughtUp = projection.awaitCaughtUp(REPLAY_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            int expectedCases = sizes.singleWriterCases() + sizes.eightWriterCases() + 1;
            if (projection.cases() != expectedCases) {
                throw new IllegalStateException("the replay saw " + projection.cases() + " cases, not " + expectedCases);
            }
            return perSecond(expected, caughtUp - started);
        } finally {
            processor.shutDown();
        }
    }

    private static double perSecond(long count, long nanos) {
        return count / (nanos / 1e9);
    }
}
