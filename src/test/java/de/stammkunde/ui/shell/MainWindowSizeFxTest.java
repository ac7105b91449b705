package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A main window that a window manager held at a smaller size gets the size it was designed for. */
class MainWindowSizeFxTest {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static Stage shownAt(double width, double height) throws Exception {
        FxToolkit.registerPrimaryStage();
        return FxToolkit.setupFixture(() -> {
            StackPane root = new StackPane();
            root.setPrefSize(600, 400);
            Stage stage = new Stage();
            stage.setScene(new Scene(root));
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            return stage;
        });
    }

    @Test
    void aWindowHeldSmallerGrowsToTheSizeItsContentAsksFor() throws Exception {
        Stage stage = shownAt(250, 200);

        FxToolkit.setupFixture(() -> StammkundeApp.keepDesignedSize(stage));

        assertEquals(600, stage.getScene().getWidth(), 1);
        assertEquals(400, stage.getScene().getHeight(), 1);
    }

    @Test
    void aWindowAlreadyAsLargeIsLeftAsItIs() throws Exception {
        Stage stage = shownAt(700, 500);
        double x = stage.getX();

        FxToolkit.setupFixture(() -> StammkundeApp.keepDesignedSize(stage));

        assertEquals(700, stage.getWidth(), 1);
        assertEquals(500, stage.getHeight(), 1);
        assertEquals(x, stage.getX(), 1, "not moved");
    }

    @Test
    void aWindowLargerThanTheScreenShrinksToIt() {
        // Before: on a 1024×700 screen the 1200×760 window stood out over both edges, its left part cut off.
        Dimension2D room = new Dimension2D(1024, 672);

        assertEquals(Optional.of(room), StammkundeApp.designedSize(new Dimension2D(1200, 760),
                new Dimension2D(1200, 760), room));
        assertEquals(Optional.of(new Dimension2D(1024, 600)), StammkundeApp.designedSize(new Dimension2D(250, 200),
                new Dimension2D(1200, 600), room), "held small: as large as asked, as far as the screen goes");
        assertEquals(Optional.empty(), StammkundeApp.designedSize(new Dimension2D(900, 600),
                new Dimension2D(800, 500), room), "larger than asked, on the screen: left as it is");
    }
}
