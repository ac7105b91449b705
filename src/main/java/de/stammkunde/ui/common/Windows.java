package de.stammkunde.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Scenes and windows with the app's stylesheet and icon. */
public final class Windows {

    private static final String CSS = Objects.requireNonNull(Windows.class.getResource("/de/stammkunde/ui/app.css"))
            .toExternalForm();
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private Windows() {
    }

    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CSS);
        return scene;
    }

    public static void decorate(Stage stage) {
        for (int size : ICON_SIZES) {
            var url = Windows.class.getResource("/de/stammkunde/ui/icons/app-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }

    /** A window in front of its owner that blocks the owner until closed. */
    public static Stage modal(Window owner, String title, Parent root) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        stage.setScene(scene(root));
        decorate(stage);
        return stage;
    }
}
