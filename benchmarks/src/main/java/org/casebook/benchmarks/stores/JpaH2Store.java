package org.casebook.benchmarks.stores;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SnapshotEventEntry;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Axon's JPA engine with Hibernate on an H2 database file: what Axon recommends without Axon Server. Events are
 * serialised by Casebook's serializer, as in the journal, so that serialisation costs the same in both. H2 keeps
 * its default durability: a commit is written to the file but not forced to disk (Casebook forces each append).
 */
final class JpaH2Store implements CandidateStore {

    /** Eight writers, the tracking processor and the event store's producer, each with a connection at most. */
    private static final int CONNECTIONS = 12;

    @Override
    public String name() {
        return "Axon JPA (Hibernate) on an H2 file";
    }

    @Override
    public String shortName() {
        return "JPA/H2";
    }

    @Override
    public OpenedStore open(Path folder) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:file:" + folder.resolve("events").toAbsolutePath());
        pool.setUsername("sa");
        pool.setMaximumPoolSize(CONNECTIONS);
        HikariDataSource dataSource = new HikariDataSource(pool);

        Configuration hibernate = new Configuration().addAnnotatedClass(DomainEventEntry.class)
                                                     .addAnnotatedClass(SnapshotEventEntry.class);
        hibernate.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        hibernate.setProperty(AvailableSettings.HBM2DDL_AUTO, "create");
        EntityManagerFactory entityManagers = hibernate.buildSessionFactory();

        ThreadBoundEntityManagers transactions = new ThreadBoundEntityManagers(entityManagers);
        JournalSerializer serializer = JournalSerializer.create(EventTypes.published());
        JpaEventStorageEngine engine = JpaEventStorageEngine.builder()
                                                            .entityManagerProvider(transactions)
                                                            .transactionManager(transactions)
                                                            .eventSerializer(serializer)
                                                            .snapshotSerializer(serializer)
                                                            .build();
        return new OpenedStore(engine, transactions, () -> {
            entityManagers.close();
            dataSource.close();
        });
    }
}
