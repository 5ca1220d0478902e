package org.casebook.query.catalog;

import java.beans.Introspector;
import java.time.Clock;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.kernel.node.NodeRole;
import org.casebook.query.LiveViewBatches;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewLocks;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;

/**
 * The views as the server runs them, each from its {@link ViewCatalog definition}: its projection on the live
 * generation of its collections, in a tracking processor of its own (one segment, {@code casebook.views.batch-size}
 * events a batch), whose batches are handled as one ({@link LiveViewBatches}). A command node ({@link NodeRole})
 * registers them without starting them: it claims no segment, and its reads wait on the positions others store.
 */
@org.springframework.context.annotation.Configuration
public class LiveViews {

    /** Each view's live projection, a bean (so that Axon finds its handlers) made as its definition says. */
    @Bean
    static BeanDefinitionRegistryPostProcessor liveProjections() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                ViewCatalog.ALL.forEach(view -> register(registry, (BeanFactory) registry, view));
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }

    private static <P> void register(BeanDefinitionRegistry registry, BeanFactory beans, ViewDefinition<P> view) {
        registry.registerBeanDefinition(
                Introspector.decapitalize(view.projectionType().getSimpleName()),
                new RootBeanDefinition(view.projectionType(), () -> view.make(new ViewDefinition.Inputs(
                        beans.getBean(ViewGenerations.class).liveCollections(view.name()),
                        beans.getBean("eventSerializer", JournalSerializer.class), beans.getBean(Clock.class)))));
    }

    @Bean
    ConfigurerModule viewProcessors(ViewLocks locks, ViewSettings settings, NodeRole role) {
        return configurer -> {
            for (ViewDefinition<?> view : ViewCatalog.ALL) {
                configurer.eventProcessing()
                          .assignHandlerTypesMatching(view.name(), type -> type.equals(view.projectionType()))
                          .registerTrackingEventProcessor(
                                  view.name(), Configuration::eventStore,
                                  c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                          .andBatchSize(settings.batchSize())
                                                                          .andInitialSegmentsCount(1)
                                                                          .andAutoStart(role.runsViews()))
                          .registerHandlerInterceptor(view.name(), c -> LiveViewBatches.of(locks, view.name()));
            }
        };
    }
}
