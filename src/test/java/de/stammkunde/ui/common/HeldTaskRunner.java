package de.stammkunde.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Holds the work handed to it until the test says: to see what a ViewModel shows while its work is
 * still running (a long check of a big file), without threads or waiting. {@link #runAll()} does the
 * work held, in order, on the calling thread; {@link #cancelAll()} ends it as the app's runner ends
 * cancelled work.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final CurrentThreadTaskRunner now = new CurrentThreadTaskRunner();
    private final List<Runnable> run = new ArrayList<>();
    private final List<Runnable> cancel = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        titles.add(title);
        run.add(() -> now.submit(title, work, onSuccess, onFailure));
        cancel.add(() -> onFailure.accept(new CancellationException()));
        return new Handle() {
            @Override
            public void cancel() {
                cancelled.add(title);
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress.getReadOnlyProperty();
            }
        };
    }

    /** The titles of the work held, oldest first. */
    public List<String> held() {
        return List.copyOf(titles);
    }

    /** The titles of the work asked to stop through its handle, in order. */
    public List<String> cancelled() {
        return List.copyOf(cancelled);
    }

    /** Does the work held (and any work it hands over in turn). */
    public void runAll() {
        while (!run.isEmpty()) {
            Runnable next = run.remove(0);
            cancel.remove(0);
            titles.remove(0);
            next.run();
        }
    }

    /** Ends the work held as cancelled, without doing it. */
    public void cancelAll() {
        while (!cancel.isEmpty()) {
            Runnable next = cancel.remove(0);
            run.remove(0);
            titles.remove(0);
            next.run();
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return new ReadOnlyBooleanWrapper(!run.isEmpty()).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return new ReadOnlyStringWrapper("").getReadOnlyProperty();
    }
}
