package de.stammkunde.ui.common;

import de.stammkunde.service.Progress;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work at once on the calling thread: for ViewModel tests without a JavaFX toolkit. */
public final class CurrentThreadTaskRunner implements TaskRunner {

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final UnaryOperator<Throwable> onFailed;

    public CurrentThreadTaskRunner() {
        this(UnaryOperator.identity());
    }

    /** {@code onFailed} tells a failure better before it is handed back, as the app's runner does (a full drive). */
    public CurrentThreadTaskRunner(UnaryOperator<Throwable> onFailed) {
        this.onFailed = onFailed;
    }

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(Progress.NONE);
        } catch (Exception e) {
            onFailure.accept(onFailed.apply(e));
            return handle();
        }
        onSuccess.accept(result);
        return handle();
    }

    private Handle handle() {
        return new Handle() {
            @Override
            public void cancel() {
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress.getReadOnlyProperty();
            }
        };
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
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
