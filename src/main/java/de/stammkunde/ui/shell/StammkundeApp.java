package de.stammkunde.ui.shell;

import atlantafx.base.theme.PrimerLight;
import de.stammkunde.app.AppContext;
import de.stammkunde.app.AppLogging;
import de.stammkunde.app.DataDirectory;
import de.stammkunde.app.OpeningFailures;
import de.stammkunde.data.DatabaseInUseException;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.DiskSpace;
import de.stammkunde.ui.common.FxDialogService;
import de.stammkunde.ui.common.FxTaskRunner;
import de.stammkunde.ui.common.Windows;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #launch(Path)} starts opening the database (and Flyway's migration)
 * on a thread of its own while the JavaFX toolkit starts; {@link #init()}, still before any window
 * and off the FX thread, waits for it. The window then shows at once; the customer index loads in
 * the background with progress in the status bar.
 */
public class StammkundeApp extends Application {

    private static final Logger LOG = Logger.getLogger(StammkundeApp.class.getName());
    private static volatile Opening opening;

    private Messages messages;
    private AppContext context;
    private String startupError;
    private FxTaskRunner runner;
    private WindowPlacement placement;
    private Optional<WindowPlacement.Bounds> lastPlacement = Optional.empty();
    private SlowOpening.Note slowOpening;

    public static boolean launch(Path dataDirOption) {
        Messages messages = new Messages(Locale.getDefault());
        Locale.setDefault(messages.locale());
        Optional<String> noScreen = noScreen(messages, System.getProperty("os.name", ""), System.getenv());
        if (noScreen.isPresent()) {
            System.err.println(noScreen.get());
            return false;
        }
        Path dataDir = DataDirectory.resolve(dataDirOption);
        CompletableFuture<AppContext> context = new CompletableFuture<>();
        Thread open = new Thread(() -> {
            try {
                AppLogging.toDataDirectory(dataDir);
                context.complete(AppContext.open(dataDir, messages.locale()));
            } catch (RuntimeException | Error e) {
                context.completeExceptionally(e);
            }
        }, "open-database");
        open.setDaemon(true);
        open.start();
        opening = new Opening(messages, dataDir, context);
        Application.launch(StammkundeApp.class);
        return true;
    }

    /**
     * Why no window can open, on Linux without a display (logged in over SSH, a service): JavaFX
     * ended with "UnsupportedOperationException: Unable to open DISPLAY" and its stack trace.
     */
    static Optional<String> noScreen(Messages messages, String osName, Map<String, String> env) {
        boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
        boolean display = !env.getOrDefault("DISPLAY", "").isBlank()
                || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return linux && !display ? Optional.of(messages.get("startup.noScreen")) : Optional.empty();
    }

    /** The database being opened while the toolkit starts. */
    private record Opening(Messages messages, Path dataDir, CompletableFuture<AppContext> context) {
    }

    @Override
    public void init() {
        Opening o = opening;
        messages = o.messages();
        slowOpening = new SlowOpening.Note(messages, o.dataDir());
        try {
            context = SlowOpening.await(o.context(), SlowOpening.GRACE, slowOpening::show);
            // read here, off the FX thread (a file)
            placement = new WindowPlacement(o.dataDir());
            lastPlacement = placement.load();
        } catch (CompletionException e) {
            startupError = startupMessage(messages, o.dataDir(), e.getCause());
            LOG.log(Level.SEVERE, "Start-up failed", e.getCause());
        }
    }

    /** What the user reads when the app cannot start; the in-use case is the common one. */
    public static String startupMessage(Messages messages, Path dataDir, Throwable e) {
        return startupMessage(messages, dataDir, e, DiskSpace.ranOut(e, dataDir));
    }

    /** As above; {@code driveFull}: the failure found the data folder's drive full. */
    static String startupMessage(Messages messages, Path dataDir, Throwable e, boolean driveFull) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseInUseException) {
                return messages.get("startup.inUse", dataDir.toString());
            }
        }
        Optional<String> known = OpeningFailures.text(messages, dataDir, e, driveFull);
        if (known.isPresent()) {
            return known.get();
        }
        // As the command line says it: the database's own words were English in German too
        // ("Cannot create the data folder …"), and sent the user to a log folder that cannot exist.
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            return messages.get("startup.notFolder", dataDir.toString());
        }
        if (!Files.isDirectory(dataDir) || !Files.isWritable(dataDir)) {
            return messages.get("startup.notWritable", dataDir.toString());
        }
        if (driveFull) {
            return messages.get("error.diskFull", dataDir.toString());
        }
        return messages.get("startup.failed", dataDir.toString(), String.valueOf(e.getMessage()));
    }

    /** The app's look (AtlantaFX Primer Light), for the main window and the note before it. */
    static void useTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void start(Stage stage) {
        useTheme();
        if (startupError != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startupError);
            alert.setTitle(messages.get("app.name"));
            alert.setHeaderText(messages.get("startup.title"));
            alert.setOnShown(e -> slowOpening.close());
            alert.showAndWait();
            Platform.exit();
            return;
        }
        runner = new FxTaskRunner(context::explained);
        FxDialogService dialogs = FxDialogService.overFocusedWindow(stage, messages);
        UiComposition ui = new UiComposition(context, runner, dialogs, () -> stage);
        var main = ui.loader().load(MainView.class);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(Windows.scene(main.root()));
        Windows.decorate(stage);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnShown(e -> {
            LOG.info(() -> "First window shown after " + ManagementFactory.getRuntimeMXBean().getUptime()
                    + " ms JVM uptime");
            slowOpening.close();
        });
        lastPlacement.ifPresent(bounds -> WindowPlacement.apply(stage, bounds));
        placement.saveOnShutdown();
        stage.show();
        Platform.runLater(() -> {
            // asked again once shown (see keepDesignedSize); the designed size when there is none to restore
            if (lastPlacement.map(bounds -> !WindowPlacement.apply(stage, bounds)).orElse(true)) {
                keepDesignedSize(stage);
            }
            placement.track(stage);
        });
        new StartupWork(context, runner, dialogs, ui.csv()).run();
    }

    /**
     * Some window managers (Openbox, for one) map the main window at their own default size and
     * then hold it at its minimum, ignoring the size it asked for; asked again once it is shown,
     * they grant it. On a screen smaller than the designed size (1024×700) the window shrinks to
     * the screen: it stood out over both edges, the navigation's left half and the list's right
     * columns cut off. Elsewhere the window already has its size and nothing changes.
     */
    static void keepDesignedSize(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = stage.getScene();
        Parent root = scene.getRoot();
        double frameWidth = stage.getWidth() - scene.getWidth();
        double frameHeight = stage.getHeight() - scene.getHeight();
        designedSize(new Dimension2D(scene.getWidth(), scene.getHeight()),
                new Dimension2D(root.prefWidth(-1), root.prefHeight(-1)),
                new Dimension2D(screen.getWidth() - frameWidth, screen.getHeight() - frameHeight)).ifPresent(size -> {
                    stage.setWidth(size.getWidth() + frameWidth);
                    stage.setHeight(size.getHeight() + frameHeight);
                    stage.centerOnScreen();
                });
    }

    /**
     * The size the window's content should have: at least what it asks for, at most the {@code room} the
     * screen has; empty when it has that size already.
     */
    static Optional<Dimension2D> designedSize(Dimension2D scene, Dimension2D preferred, Dimension2D room) {
        double width = Math.min(Math.max(scene.getWidth(), preferred.getWidth()), room.getWidth());
        double height = Math.min(Math.max(scene.getHeight(), preferred.getHeight()), room.getHeight());
        boolean same = Math.abs(scene.getWidth() - width) <= 1 && Math.abs(scene.getHeight() - height) <= 1;
        return same ? Optional.empty() : Optional.of(new Dimension2D(width, height));
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
