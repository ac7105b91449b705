package de.stammkunde.ui.shell;

import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.Windows;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A note that shows while the database takes long to open, closed when it is open. After Stammkunde was
 * killed in the middle of an import or of demo data (a crash, the power, the task manager), H2 undoes the
 * unfinished transaction as it opens the file: some 30 s after 100,000 demo customers, and nothing was to be
 * seen all that time. The owner took it for an app that does not start; started once more, it said
 * "Stammkunde is already open … please use the other window", of which there was none.
 */
final class SlowOpening {

    /** A start that opens the database within this shows no note (the window comes at once). */
    static final Duration GRACE = Duration.ofSeconds(3);

    private SlowOpening() {
    }

    /**
     * The value of {@code opening}, as {@link CompletableFuture#join()} gives it; when it is not there within
     * {@code grace}, {@code show} runs first.
     */
    static <T> T await(CompletableFuture<T> opening, Duration grace, Runnable show) {
        try {
            return opening.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            show.run();
            return opening.join();
        } catch (ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return opening.join();
        }
    }

    /**
     * The note as a small window, shown and closed on the JavaFX thread. It is closed once the main window
     * (or the message why there is none) shows: closed before, as the last window, JavaFX ended the app.
     */
    static final class Note {

        private final Messages messages;
        private final Path dataDir;
        private Stage stage;

        Note(Messages messages, Path dataDir) {
            this.messages = messages;
            this.dataDir = dataDir;
        }

        void show() {
            Platform.runLater(() -> {
                Label text = new Label(messages.get("startup.slow", dataDir.toString()));
                text.setWrapText(true);
                text.setMaxWidth(460);
                StackPane root = new StackPane(text);
                root.setPadding(new Insets(24));
                StammkundeApp.useTheme();
                stage = new Stage();
                stage.setTitle(messages.get("app.name"));
                stage.setScene(Windows.scene(root));
                Windows.decorate(stage);
                // Closed by the user, as the only window, JavaFX ended the app while the data was still opening
                // for it: the note goes when the main window comes.
                stage.setOnCloseRequest(Event::consume);
                stage.show();
            });
        }

        /** On the JavaFX thread, after the next window shows. */
        void close() {
            Platform.runLater(() -> {
                if (stage != null) {
                    stage.close();
                }
            });
        }
    }
}
