package de.stammkunde.ui.shell;

import atlantafx.base.theme.PrimerLight;
import de.stammkunde.app.AppContext;
import de.stammkunde.app.AppLogging;
import de.stammkunde.app.DataDirectory;
import de.stammkunde.data.DatabaseInUseException;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.FxDialogService;
import de.stammkunde.ui.common.FxTaskRunner;
import de.stammkunde.ui.common.Windows;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #init()} runs before any window, off the FX thread: it opens the
 * database and lets Flyway migrate it. The window then shows at once; the customer index loads in
 * the background with progress in the status bar.
 */
public class StammkundeApp extends Application {

    private static final Logger LOG = Logger.getLogger(StammkundeApp.class.getName());
    private static volatile Path dataDirOption;

    private Messages messages;
    private AppContext context;
    private String startupError;
    private FxTaskRunner runner;

    public static void launch(Path dataDir) {
        dataDirOption = dataDir;
        Application.launch(StammkundeApp.class);
    }

    @Override
    public void init() {
        messages = new Messages(Locale.getDefault());
        Locale.setDefault(messages.locale());
        Path dataDir = DataDirectory.resolve(dataDirOption);
        try {
            AppLogging.toDataDirectory(dataDir);
            context = AppContext.open(dataDir, messages.locale());
        } catch (RuntimeException e) {
            startupError = startupMessage(messages, dataDir, e);
            LOG.log(Level.SEVERE, "Start-up failed", e);
        }
    }

    /** What the user reads when the app cannot start; the in-use case is the common one. */
    public static String startupMessage(Messages messages, Path dataDir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseInUseException) {
                return messages.get("startup.inUse", dataDir.toString());
            }
        }
        return messages.get("startup.failed", dataDir.toString(), String.valueOf(e.getMessage()));
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (startupError != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startupError);
            alert.setTitle(messages.get("app.name"));
            alert.setHeaderText(messages.get("startup.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        runner = new FxTaskRunner();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        UiComposition ui = new UiComposition(context, runner, dialogs, () -> stage);
        var main = ui.loader().load(MainView.class);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(Windows.scene(main.root()));
        Windows.decorate(stage);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnShown(e -> LOG.info(() -> "First window shown after "
                + ManagementFactory.getRuntimeMXBean().getUptime() + " ms JVM uptime"));
        stage.show();
        new StartupWork(context, runner, dialogs, ui.csv()).run();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
