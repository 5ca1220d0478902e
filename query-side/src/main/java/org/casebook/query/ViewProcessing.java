package org.casebook.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A view never skips an event silently. The views park a failing event in their dead-letter queue (configured
 * with the store); should a view have none, its processor stops at the failing event and retries it with back-off
 * instead of Axon's default of logging and moving on.
 */
@Configuration
public class ViewProcessing {

    @Bean
    ConfigurerModule viewsStopAtFailures() {
        return configurer -> configurer.eventProcessing()
                                       .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
