package de.stammkunde.service;

import java.util.concurrent.CancellationException;

/** What long work reports as it goes, and how it learns that the user cancelled. */
public interface Progress {

    void update(long done, long total);

    boolean isCancelled();

    /** Stops the work (and rolls back its transaction) when the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
