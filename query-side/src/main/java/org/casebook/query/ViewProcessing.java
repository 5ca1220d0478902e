package org.casebook.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A view never skips an event: when a handler fails, the processor stops at that event and retries it with
 * back-off (logging each failure) instead of Axon's default of logging and moving on.
 */
@Configuration
public class ViewProcessing {

    @Bean
    ConfigurerModule viewsStopAtFailures() {
        return configurer -> configurer.eventProcessing()
                                       .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
