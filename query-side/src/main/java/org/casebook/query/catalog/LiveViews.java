package org.casebook.query.catalog;

import java.beans.Introspector;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.kernel.node.NodeRole;
import org.casebook.query.LiveViewBatches;
import org.casebook.query.RebuildLeases;
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
 * generation of its collections, in a tracking processor of its own ({@code casebook.views.batch-size} events a batch),
 * whose batches are handled as one ({@link LiveViewBatches}). A view is split into {@code casebook.views.segments}
 * segments (by aggregate, Axon's default sequencing; one for the views of {@link ViewCatalog#ACROSS_AGGREGATES}),
 * which the nodes running views claim through the token store and share ({@link ClusterSettings}). A command node
 * ({@link NodeRole}) registers them without starting them: it claims no segment, and its reads wait on the
 * positions others store.
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

    /** This node's leases on rebuilding views, which lapse a claim timeout after it last renewed them. */
    @Bean
    RebuildLeases rebuildLeases(ViewGenerations generations, ClusterNode node, ClusterSettings cluster) {
        return new RebuildLeases(generations, node.name(), cluster.claimTimeout());
    }

    @Bean
    ConfigurerModule viewProcessors(ViewLocks locks, RebuildLeases leases, ViewSettings settings,
                                    ClusterSettings cluster, NodeRole role) {
        return configurer -> {
            for (ViewDefinition<?> view : ViewCatalog.ALL) {
                configurer.eventProcessing()
                          .assignHandlerTypesMatching(view.name(), type -> type.equals(view.projectionType()))
                          .registerTrackingEventProcessor(
                                  view.name(), Configuration::eventStore,
                                  c -> processing(view.name(), settings, cluster)
                                          .andAutoStart(role.runsViews()))
                          .registerHandlerInterceptor(view.name(), c -> LiveViewBatches.of(locks, leases, view.name()));
            }
        };
    }

    private static TrackingEventProcessorConfiguration processing(String view, ViewSettings settings,
                                                                  ClusterSettings cluster) {
        int segments = ViewCatalog.segments(view, settings.segments());
        return TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                                  .andInitialSegmentsCount(segments)
                                                  .andBatchSize(settings.batchSize())
                                                  .andTokenClaimInterval(cluster.claimInterval().toMillis(),
                                                                         TimeUnit.MILLISECONDS);
    }
}
