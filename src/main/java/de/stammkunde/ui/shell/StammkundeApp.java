package de.stammkunde.ui.shell;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: opens the database off the FX thread, then shows the main window. */
public class StammkundeApp extends Application {

    private static Path dataDirOption;

    public static void launch(Path dataDir) {
        dataDirOption = dataDir;
        Application.launch(StammkundeApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Stammkunde");
        stage.setScene(new Scene(new Label("Stammkunde"), 1100, 720));
        stage.show();
    }
}
