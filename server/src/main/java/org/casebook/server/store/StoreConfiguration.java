package org.casebook.server.store;

import java.time.Clock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebook.journal.AppendCapture;
import org.casebook.journal.AppendObserver;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalJson;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.casebook.query.ViewProgress;
import org.casebook.query.catalog.ClusterNode;
import org.casebook.query.catalog.ClusterSettings;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.query.catalog.ViewSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Wires the store, the journal (Casebook's own event storage engine) and Axon's Mongo token store. Events never
 * go to Axon's Mongo event store.
 */
@Configuration
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    Store store(StoreSettings settings, DataFolder folder) {
        if (!settings.mongoUri().isBlank()) {
            return Store.mongo(settings.mongoUri(), settings.database());
        }
        return settings.inMemory() ? Store.volatileMemory(settings.database())
                : Store.embedded(folder.dataDir(), settings.embeddedPort(), settings.database(),
                                 settings.embeddedShared());
    }

    /** The store's client; the store closes it, after the journal has noted its head. */
    @Bean(destroyMethod = "")
    MongoClient mongoClient(Store store) {
        return store.client();
    }

    @Bean
    MongoDatabase casebookDatabase(Store store) {
        return store.database();
    }

    /** The server's clock: UTC, unless whoever starts the server registered a clock of its own (tests do). */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Events are stored under their published names and revisions. */
    @Bean
    @Qualifier("eventSerializer")
    JournalSerializer eventSerializer() {
        return JournalSerializer.create(EventTypes.published());
    }

    /** Tokens, snapshots and other messages. */
    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(JournalJson.newMapper()).build();
    }

    /** Each append is timed for the metrics (casebook_journal_append_seconds) when there are metrics. */
    @Bean(destroyMethod = "close")
    JournalStorageEngine eventStorageEngine(Store store, JournalSerializer eventSerializer, Clock clock,
                                            ObjectProvider<AppendObserver> appendObserver) {
        return store.journal().serializer(eventSerializer).clock(clock)
                    .appendObserver(appendObserver.getIfAvailable(() -> AppendObserver.NONE)).build();
    }

    /** Which commits a command appended, for its receipt. */
    @Bean
    AppendCapture appendCapture(JournalStorageEngine journal) {
        return journal.appendCapture();
    }

    /**
     * Each view parks an event its handler fails on, with the later events of the same case, in a dead-letter queue
     * on the store, and goes on with the other cases; an admin sees and retries them (/api/admin/dead-letters).
     * Each processor remembers which cases it knows to have no dead letter, so that it does not ask the store for
     * every event.
     */
    @Bean
    ConfigurerModule deadLetterQueues(Store store, JournalSerializer eventSerializer) {
        DefaultMongoTemplate template = template(store);
        return configurer -> {
            for (String view : ViewCatalog.NAMES) {
                configurer.eventProcessing().registerDeadLetterQueue(view, c -> MongoSequencedDeadLetterQueue
                        .builder().processingGroup(view).mongoTemplate(template).serializer(eventSerializer).build());
                configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(
                        view, (c, invoker) -> invoker.enableSequenceIdentifierCache());
            }
        };
    }

    /** Sagas (such as the one that closes out the deployments of a closing case) live on the store too. */
    @Bean
    SagaStore<Object> sagaStore(Store store, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(template(store)).serializer(serializer).build();
    }

    /**
     * Each process claims view segments under a name of its own ({@link ClusterNode}). A claim not extended for
     * {@code casebook.cluster.claim-timeout} lapses, so that the others take a dead node's segments.
     */
    @Bean
    TokenStore tokenStore(Store store, Serializer serializer, ClusterNode node, ClusterSettings cluster) {
        return MongoTokenStore.builder().mongoTemplate(template(store)).serializer(serializer).nodeId(node.name())
                              .claimTimeout(cluster.claimTimeout()).build();
    }

    /** Axon's access to the store's collections, for the dead letters, sagas and tokens. */
    private static DefaultMongoTemplate template(Store store) {
        return DefaultMongoTemplate.builder().mongoDatabase(store.client(), store.databaseName())
                                   .trackingTokensCollectionName(ViewProgress.TOKENS).build();
    }
}
