package org.casebook.benchmarks.stores;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Resource-local JPA transactions without Spring: each thread has its entity manager, and a unit of work's
 * transaction is that entity manager's. A transaction started inside another joins it, as Spring's would.
 */
final class ThreadBoundEntityManagers implements EntityManagerProvider, TransactionManager {

    private static final Transaction JOINED = new Transaction() {
        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }
    };

    private final ThreadLocal<EntityManager> ofThread;

    ThreadBoundEntityManagers(EntityManagerFactory factory) {
        this.ofThread = ThreadLocal.withInitial(factory::createEntityManager);
    }

    @Override
    public EntityManager getEntityManager() {
        return ofThread.get();
    }

    @Override
    public Transaction startTransaction() {
        EntityManager entityManager = ofThread.get();
        EntityTransaction transaction = entityManager.getTransaction();
        if (transaction.isActive()) {
            return JOINED;
        }
        transaction.begin();
        return new Transaction() {
            @Override
            public void commit() {
                try {
                    transaction.commit();
                } finally {
                    entityManager.clear(); // the events stay in the database, not in this thread's memory
                }
            }

            @Override
            public void rollback() {
                try {
                    transaction.rollback();
                } finally {
                    entityManager.clear();
                }
            }
        };
    }
}
