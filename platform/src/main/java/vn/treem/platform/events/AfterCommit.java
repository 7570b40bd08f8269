package vn.treem.platform.events;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed — never if it rolls back: waking a worker for rows the
 * transaction wrote, counting what it applied, starting a job it created.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Registers {@code action} to run after the current transaction commits (on the committing thread). */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {

            @Override
            public void beforeCompletion() {
                // nothing before: the action waits for the outcome
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
