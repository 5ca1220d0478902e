package org.casebook.query.rebuild;

import java.util.concurrent.locks.Lock;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.casebook.query.Views;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each view's live processor holds its view's lock while it handles an event, so a rebuild can switch between. */
@Configuration
public class LiveViewLocks {

    @Bean
    ConfigurerModule liveViewsHoldTheirLock(ViewRebuilds rebuilds) {
        return configurer -> {
            for (String view : Views.ALL) {
                configurer.eventProcessing().registerHandlerInterceptor(view, c -> holding(rebuilds, view));
            }
        };
    }

    private static MessageHandlerInterceptor<EventMessage<?>> holding(ViewRebuilds rebuilds, String view) {
        return (unitOfWork, chain) -> {
            Lock lock = rebuilds.lockOf(view).readLock();
            lock.lock();
            try {
                return chain.proceed();
            } finally {
                lock.unlock();
            }
        };
    }
}
