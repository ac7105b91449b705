package de.stammkunde.ui.common;

import de.stammkunde.service.Progress;
import de.stammkunde.service.Refusal;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The app's one background executor: a single worker thread, so database work never races itself
 * and the order of writes is the order of clicks. Busy state and progress feed the status bar.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stammkunde-worker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final UnaryOperator<Throwable> onWorker;

    public FxTaskRunner() {
        this(UnaryOperator.identity());
    }

    /**
     * {@code onWorker} looks at each failure on the worker thread before it is handed back, and may
     * tell it better (a database error that found the drive full as {@code DiskFullException}, which
     * asks the file system); cancelled and refused work is handed back as it is.
     */
    public FxTaskRunner(UnaryOperator<Throwable> onWorker) {
        this.onWorker = onWorker;
    }

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(work, onWorker);
        running.incrementAndGet();
        busy.set(true);
        message.set(title);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            Throwable failure = task.getException();
            if (failure instanceof CancellationException) {
                LOG.info(() -> "Cancelled: " + title);
            } else if (failure instanceof Refusal) {
                // An answer the user is given (too few points, coupon used): no fault to trace.
                LOG.info(() -> "Refused: " + title + ": " + failure.getMessage());
            } else {
                LOG.log(Level.WARNING, "Background work failed: " + title, failure);
            }
            onFailure.accept(failure);
        });
        task.setOnCancelled(e -> {
            finished();
            onFailure.accept(new CancellationException());
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The window is closing (the worker stopped, maybe on another thread a moment ago): a check the
            // customer form put off until typing paused threw this on the JavaFX thread. Nobody waits for it.
            finished();
            LOG.info(() -> "Not started, the app is closing: " + title);
        }
        return new Handle() {
            @Override
            public void cancel() {
                // Asks the work to stop at its next check; its outcome comes when it has really ended. A
                // cancel while the last step ran (a 30 MB PDF being written out) said "cancelled, no PDF
                // saved" at once, and the file appeared a moment later. Never interrupt: an interrupted
                // H2 connection closes the database file.
                task.requestStop();
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return task.progressProperty();
            }
        };
    }

    /**
     * A JavaFX task that lets the work report progress and see a stop request. The request only
     * reaches the work: the work ends it by throwing {@link CancellationException} at its next check,
     * or finishes when it was past its last one, and the caller hears what really happened. Work
     * stopped before it began does not run.
     */
    private static final class WorkTask<T> extends Task<T> {
        private final Work<T> work;
        private final UnaryOperator<Throwable> onWorker;
        private volatile boolean stopRequested;
        private final Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return stopRequested;
            }
        };

        WorkTask(Work<T> work, UnaryOperator<Throwable> onWorker) {
            this.work = work;
            this.onWorker = onWorker;
        }

        void requestStop() {
            stopRequested = true;
        }

        @Override
        protected T call() throws Exception {
            progress.checkCancelled();
            try {
                return work.call(progress);
            } catch (CancellationException e) {
                throw e;
            } catch (Exception e) {
                Throwable told = e instanceof Refusal ? e : onWorker.apply(e);
                if (told != e && told instanceof RuntimeException better) {
                    throw better;
                }
                throw e;
            }
        }
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            progress.unbind();
            progress.set(0);
            busy.set(false);
            message.set("");
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Runs on the FX thread when the work is already done elsewhere; keeps callers uniform. */
    public static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
