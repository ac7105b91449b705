package de.stammkunde.ui.common;

import de.stammkunde.service.Progress;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs work off the JavaFX thread and hands the result back on it. The app has one; tests use
 * {@link CurrentThreadTaskRunner} so that a ViewModel's work is done when the call returns.
 */
public interface TaskRunner {

    /** A piece of background work; it reports progress and checks for cancel between steps. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A submitted piece of work that can be cancelled (cooperatively: the work stops at its next check). */
    interface Handle {
        void cancel();

        ReadOnlyDoubleProperty progressProperty();
    }

    <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    ReadOnlyBooleanProperty busyProperty();

    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();
}
