package org.casebook.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Each view's live processor handles a batch of events as one: it waits while a rebuild on any node holds the view
 * ({@link RebuildLeases}), holds the view's lock on this node from the first event to the end of the batch, reads
 * the documents of the batch's cases together, and holds back the view's writes
 * ({@link ViewWrites}) until the last event was handled.
 * They are sent then, before the processor stores its token in the commit phase, so a crash in between makes it
 * handle the batch again, which the idempotent projections absorb. Each view's processor gets one
 * ({@code catalog.LiveViews}).
 */
public final class LiveViewBatches {

    private LiveViewBatches() {
    }

    /** The interceptor of {@code view}'s live processor. */
    public static MessageHandlerInterceptor<EventMessage<?>> of(ViewLocks locks, RebuildLeases leases, String view) {
        return (unitOfWork, chain) -> {
            if (isFirst(unitOfWork)) {
                leases.awaitNoHold(view);
                Lock lock = locks.of(view).readLock();
                lock.lock();
                ViewWrites writes = ViewWrites.open(cases(unitOfWork));
                unitOfWork.onCleanup(done -> {
                    writes.close();
                    lock.unlock();
                });
            }
            Object result = chain.proceed();
            if (isLast(unitOfWork)) {
                ViewWrites.current().ifPresent(ViewWrites::flush);
            }
            return result;
        };
    }

    private static Set<String> cases(UnitOfWork<?> unitOfWork) {
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages() : List.of(unitOfWork.getMessage());
        Set<String> cases = new HashSet<>();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                cases.add(event.getAggregateIdentifier());
            }
        }
        return cases;
    }

    private static boolean isFirst(UnitOfWork<?> unitOfWork) {
        return !(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isFirstMessage();
    }

    private static boolean isLast(UnitOfWork<?> unitOfWork) {
        return !(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage();
    }
}
