package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The main window comes back where and as large as it was left (it always came back at its designed
 * size, or at 900 × 600 where the window manager held it there): noted on the FX thread, written from
 * any other, e.g. the JVM shutdown hook that also runs on SIGTERM.
 */
class WindowPlacementFxTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static Stage shown() throws Exception {
        FxToolkit.registerPrimaryStage();
        return FxToolkit.setupFixture(() -> {
            StackPane root = new StackPane();
            root.setPrefSize(600, 400);
            Stage stage = new Stage();
            stage.setScene(new Scene(root));
            stage.setMinWidth(300);
            stage.setMinHeight(200);
            stage.show();
            return stage;
        });
    }

    private static Rectangle2D screen() throws Exception {
        return FxToolkit.setupFixture(() -> Screen.getPrimary().getVisualBounds());
    }

    @Test
    void whereTheWindowWasMovedAndResizedToIsSavedWithoutTheFxThreadAndRestored() throws Exception {
        Stage stage = shown();
        WindowPlacement placement = new WindowPlacement(dataDir);
        Rectangle2D screen = screen();
        FxToolkit.setupFixture(() -> {
            placement.track(stage);
            stage.setX(screen.getMinX() + 40);
            stage.setY(screen.getMinY() + 30);
            stage.setWidth(520);
            stage.setHeight(380);
        });

        AtomicBoolean onFx = new AtomicBoolean(true);
        Thread hook = new Thread(() -> {
            onFx.set(Platform.isFxApplicationThread());
            placement.save();
        });
        hook.start();
        hook.join();

        assertFalse(onFx.get());
        WindowPlacement.Bounds expected = new WindowPlacement.Bounds(screen.getMinX() + 40, screen.getMinY() + 30,
                520, 380, false);
        Optional<WindowPlacement.Bounds> read = new WindowPlacement(dataDir).load();
        assertEquals(Optional.of(expected), read);
        Stage next = shown();
        assertTrue(FxToolkit.setupFixture(() -> WindowPlacement.apply(next, read.get())));
        assertEquals(520, next.getWidth(), 1);
        assertEquals(380, next.getHeight(), 1);
        assertEquals(screen.getMinX() + 40, next.getX(), 1);
    }

    @Test
    void aMaximizedWindowComesBackMaximizedAndKeepsItsNormalSize() throws Exception {
        Stage stage = shown();
        WindowPlacement placement = new WindowPlacement(dataDir);
        Rectangle2D screen = screen();
        FxToolkit.setupFixture(() -> {
            stage.setX(screen.getMinX() + 10);
            stage.setY(screen.getMinY() + 10);
            stage.setWidth(500);
            stage.setHeight(350);
            placement.track(stage);
            stage.setMaximized(true);
        });

        WindowPlacement.Bounds latest = placement.latest();

        assertTrue(latest.maximized());
        assertEquals(500, latest.width(), 1);
        assertEquals(350, latest.height(), 1);
    }

    @Test
    void boundsOnAScreenThatIsGoneAreNotAppliedAndTheDesignedSizeStays() throws Exception {
        Stage stage = shown();
        Rectangle2D screen = screen();
        double width = stage.getWidth();

        boolean applied = FxToolkit.setupFixture(() -> WindowPlacement.apply(stage,
                new WindowPlacement.Bounds(screen.getMaxX() + 200, screen.getMinY() + 10, 800, 600, false)));

        assertFalse(applied);
        assertEquals(width, stage.getWidth(), 1);
    }

    @Test
    void aSavedSizeLargerThanTheScreenOrBelowTheMinimumIsKeptWithin() throws Exception {
        Stage stage = shown();
        Rectangle2D screen = screen();

        FxToolkit.setupFixture(() -> WindowPlacement.apply(stage, new WindowPlacement.Bounds(screen.getMinX(),
                screen.getMinY(), screen.getWidth() + 500, 50, false)));

        assertEquals(screen.getWidth(), stage.getWidth(), 1);
        assertEquals(200, stage.getHeight(), 1);
    }

    @Test
    void aDamagedOrMissingFileMeansTheDesignedSize() throws Exception {
        assertEquals(Optional.empty(), new WindowPlacement(dataDir).load());
        Files.writeString(dataDir.resolve(WindowPlacement.FILE_NAME), "x=links\ny=0\nwidth=800\nheight=600\n",
                StandardCharsets.ISO_8859_1);

        assertEquals(Optional.empty(), new WindowPlacement(dataDir).load());
    }

    @Test
    void nothingIsWrittenBeforeTheWindowWasShownOrWhenNothingChanged() throws Exception {
        WindowPlacement placement = new WindowPlacement(dataDir);

        placement.save();

        assertFalse(Files.exists(dataDir.resolve(WindowPlacement.FILE_NAME)));
    }
}
