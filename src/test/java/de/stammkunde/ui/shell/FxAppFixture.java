package de.stammkunde.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import de.stammkunde.app.AppContext;
import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.FxTaskRunner;
import de.stammkunde.ui.common.ScriptedDialogs;
import de.stammkunde.ui.common.Windows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for headless TestFX tests: an {@link AppContext} on a fresh in-memory H2 with
 * a fixed clock, the real {@link FxTaskRunner}, {@link ScriptedDialogs} instead of real dialogs, and
 * {@link MainView} loaded through {@link UiComposition} into its own stage, followed by the real
 * {@link StartupWork} (the index loads in the background; on an empty database the demo/import offer
 * goes to the scripted dialogs). Typical use:
 *
 * <pre>{@code
 * class FooFxTest extends FxRobot {
 *     private FxAppFixture fx;
 *
 *     @BeforeEach
 *     void start() throws Exception {
 *         fx = FxAppFixture.builder().locale(Locale.ENGLISH).customers(Customers.anna()).start();
 *     }
 *
 *     @AfterEach
 *     void stop() {
 *         fx.close();
 *     }
 * }
 * }</pre>
 *
 * Typing: use {@link #write} for text (see there why not TestFX's {@code write}) and TestFX's
 * {@code type(KeyCode.ENTER)} etc. for keys. Look nodes up per window ({@code fx.node(formRoot, "#id")}):
 * several screens share ids such as {@code #editButton}.
 *
 * <p>Every wait polls a condition on the FX thread with a time limit; none sleeps a fixed time. Uncaught
 * exceptions on the FX thread make {@link #close()} fail; warnings logged by the app are collected in
 * {@link #loggedProblems()}.
 */
public final class FxAppFixture implements AutoCloseable {

    /** The same instant as the service tests: 22 Nov 2026, 11:00 in Berlin. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    public static final long TIMEOUT_SECONDS = 10;

    private final AppContext app;
    private final FxTaskRunner runner;
    private final ScriptedDialogs dialogs;
    private final List<Customer> seeded;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    /** Where the app opened a database handle on the FX thread: that work belongs in the background. */
    private final List<Throwable> databaseOnFxThread = new CopyOnWriteArrayList<>();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler logHandler;
    /** Held here: JUL keeps loggers only weakly, and a collected logger would lose the handler. */
    private final Logger appLogger = Logger.getLogger("de.stammkunde");
    private final FxRobot robot = new FxRobot();
    private UiComposition ui;
    private Stage stage;
    private Thread.UncaughtExceptionHandler previousHandler;

    private FxAppFixture(AppContext app, ScriptedDialogs dialogs, List<Customer> seeded) {
        this.app = app;
        this.runner = new FxTaskRunner(app::explained);
        this.dialogs = dialogs;
        this.seeded = seeded;
        app.database().jdbi().getConfig(Handles.class).addListener(new HandleListener() {
            @Override
            public void handleCreated(Handle handle) {
                if (Platform.isFxApplicationThread()) {
                    databaseOnFxThread.add(new IllegalStateException("database handle opened on the FX thread"));
                }
            }
        });
        this.logHandler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What the app starts with. */
    public static final class Builder {
        private Locale locale = Locale.ENGLISH;
        private Path dataDirectory = Path.of("test-data");
        private final List<CustomerDetails> customers = new ArrayList<>();
        private ScriptedDialogs dialogs = new ScriptedDialogs();
        private boolean startupWork = true;

        private Builder() {
        }

        /** German or English (anything else becomes English, as in the app). */
        public Builder locale(Locale value) {
            this.locale = value;
            return this;
        }

        /** Only shown in the sidebar; the database is in memory whatever this says. */
        public Builder dataDirectory(Path value) {
            this.dataDirectory = value;
            return this;
        }

        /** Customers stored before the window opens, numbered 100001, 100002, … in this order. */
        public Builder customers(CustomerDetails... details) {
            customers.addAll(Arrays.asList(details));
            return this;
        }

        public Builder customers(List<CustomerDetails> details) {
            customers.addAll(details);
            return this;
        }

        /** Dialog answers for the start already (e.g. the offer on an empty database). */
        public Builder dialogs(ScriptedDialogs value) {
            this.dialogs = value;
            return this;
        }

        /**
         * Whether the real start-up work runs (default): index in the background, demo/import offer on
         * an empty database. Without it the index is loaded before the window shows and nothing is offered.
         */
        public Builder startupWork(boolean value) {
            this.startupWork = value;
            return this;
        }

        /** Shows the main window and waits until the start-up work is done. */
        public FxAppFixture start() throws TimeoutException {
            FxToolkit.registerPrimaryStage();
            Database database = TestDatabases.h2();
            AppContext app = new AppContext(dataDirectory, database, new Messages(locale), CLOCK);
            List<Customer> created = new ArrayList<>();
            try {
                customers.forEach(d -> created.add(app.customers().create(d)));
                if (!startupWork) {
                    app.customers().loadIndex();
                }
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
            FxAppFixture fixture = new FxAppFixture(app, dialogs, List.copyOf(created));
            try {
                fixture.show(startupWork);
            } catch (TimeoutException | RuntimeException | Error e) {
                try {
                    fixture.close();
                } catch (RuntimeException | Error suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            return fixture;
        }
    }

    private void show(boolean startupWork) throws TimeoutException {
        appLogger.addHandler(logHandler);
        FxToolkit.setupFixture(() -> {
            previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
                uncaught.add(e);
                if (previousHandler != null) {
                    previousHandler.uncaughtException(thread, e);
                } else {
                    e.printStackTrace();
                }
            });
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage = new Stage();
            ui = new UiComposition(app, runner, dialogs, () -> stage);
            var main = ui.loader().load(MainView.class);
            stage.setTitle(app.messages().get("app.title"));
            stage.setScene(Windows.scene(main.root()));
            stage.show();
            stage.toFront();
            stage.requestFocus();
            if (startupWork) {
                new StartupWork(app, runner, dialogs, ui.csv()).run();
            }
        });
        awaitIdle();
    }

    // --- what the test works with ---

    public AppContext app() {
        return app;
    }

    public UiComposition ui() {
        return ui;
    }

    public FxTaskRunner runner() {
        return runner;
    }

    public ScriptedDialogs dialogs() {
        return dialogs;
    }

    public Messages messages() {
        return app.messages();
    }

    /** A text as the user reads it, e.g. {@code fx.text("customer.form.newTitle")}. */
    public String text(String key, Object... args) {
        return app.messages().get(key, args);
    }

    /** The customers stored by {@link Builder#customers}, in that order. */
    public List<Customer> seeded() {
        return seeded;
    }

    /** The main window. */
    public Stage stage() {
        return stage;
    }

    public Parent mainRoot() {
        return stage.getScene().getRoot();
    }

    /** Every customer row in the database, in the order they were created, read fresh. */
    public List<Customer> customersInDatabase() {
        List<Long> ids = app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM customer ORDER BY id")
                .mapTo(Long.class).list());
        return ids.stream().map(id -> app.customers().find(id).orElseThrow()).toList();
    }

    // --- navigation (with the keyboard shortcuts; the main window must be in front) ---

    /** Ctrl+2: switches to the customer list and waits until its search field has the focus. */
    public void showCustomers() {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntil("the customer list's search field has the focus",
                () -> isFocused(mainRoot(), "#searchField"));
        awaitIdle();
    }

    /** Ctrl+1: switches to the counter and waits until its input has the focus. */
    public void showCounter() {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        waitUntil("the counter's input has the focus", () -> isFocused(mainRoot(), "#inputField"));
        awaitIdle();
    }

    /**
     * At the counter by keyboard: the customer's number and Enter, then F6 once the amount field has the
     * focus; returns the purchase history's window.
     */
    public Stage openHistory(Customer customer) {
        showCounter();
        write(customer.number());
        robot.type(KeyCode.ENTER);
        waitUntil("the customer is open", () -> isFocused(mainRoot(), "#amountField"));
        robot.type(KeyCode.F6);
        return awaitWindow(text("history.title", customer.displayName()));
    }

    // --- typing ---

    /**
     * Types {@code text} into whatever has the focus in the active window, one KEY_TYPED event per
     * character, as TestFX's {@code write} does. TestFX's own {@code write} picks the first window that
     * says it is focused, and under headless Monocle the main window keeps saying so while a form is
     * open in front of it: its typing would land in the main window. Keys (Enter, arrows, Esc) are
     * fine with TestFX's {@code type}/{@code press}, which go through the platform to the real focus.
     */
    public void write(String text) {
        for (char c : text.toCharArray()) {
            onFx(() -> {
                Scene scene = activeWindow().getScene();
                Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Focuses the text field, selects its text and replaces it: typed, or deleted when {@code text} is empty. */
    public void replaceText(Parent root, String id, String text) {
        javafx.scene.control.TextField field = node(root, id);
        onFx(() -> {
            field.requestFocus();
            field.selectAll();
        });
        waitUntil(id + " has the focus", field::isFocused);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            write(text);
        }
    }

    /**
     * The window in front: the newest showing window that has the focus, else the main window. Not a popup:
     * a tooltip says it is focused while its window is, and the text written under the mouse resting on a
     * button went into the tooltip.
     */
    public Window activeWindow() {
        return onFx(() -> {
            List<Window> windows = new ArrayList<>(Window.getWindows());
            for (int i = windows.size() - 1; i >= 0; i--) {
                Window w = windows.get(i);
                if (w.isShowing() && w.isFocused() && w.getScene() != null && !(w instanceof PopupWindow)) {
                    return w;
                }
            }
            return stage;
        });
    }

    // --- finding nodes and windows ---

    /**
     * The one node under {@code root} that matches a CSS query like {@code "#lastNameField"}. Looked up on the
     * FX thread: from the test's thread, a table adding its rows meanwhile made the walk through the scene fail
     * now and then ("Index 9 out of bounds for length 9").
     */
    public <T extends Node> T node(Node root, String query) {
        return onFx(() -> robot.from(root).lookup(query).query());
    }

    public boolean isFocused(Node root, String query) {
        return onFx(() -> robot.from(root).lookup(query).tryQuery().map(Node::isFocused).orElse(false));
    }

    /** The showing windows other than the main window, oldest first. */
    public List<Stage> otherWindows() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .map(w -> (Stage) w)
                .collect(Collectors.toList()));
    }

    /** Waits until a window with this title shows, e.g. {@code fx.text("customer.form.newTitle")}. */
    public Stage awaitWindow(String title) {
        waitUntil("a window \"" + title + "\" shows (showing: " + titles() + ")",
                () -> otherWindows().stream().anyMatch(s -> title.equals(s.getTitle())));
        awaitIdle();
        return otherWindows().stream().filter(s -> title.equals(s.getTitle())).reduce((a, b) -> b).orElseThrow();
    }

    /** Waits until only the main window is left. */
    public void awaitNoOtherWindow() {
        waitUntil("every window but the main window is closed (showing: " + titles() + ")",
                () -> otherWindows().isEmpty());
        awaitIdle();
    }

    private String titles() {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w instanceof Stage s ? "\"" + s.getTitle() + "\"" : w.getClass().getSimpleName())
                .collect(Collectors.joining(", ")));
    }

    /**
     * Texts under {@code root} that show a missing bundle key ({@code "!customer.foo!"}): labels,
     * buttons, prompt texts, tooltips, table columns and the window title.
     */
    public List<String> missingTexts(Parent root) {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage s) {
                texts.add(s.getTitle());
            }
            collectTexts(root, texts);
            return texts.stream().filter(t -> t != null && MISSING_KEY.matcher(t).find()).toList();
        });
    }

    private static final java.util.regex.Pattern MISSING_KEY = java.util.regex.Pattern.compile("![\\w.]+!");

    private static void collectTexts(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
            if (labeled.getTooltip() != null) {
                texts.add(labeled.getTooltip().getText());
            }
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> box) {
            texts.add(box.getPromptText());
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> texts.add(c.getText()));
            if (table.getPlaceholder() != null) {
                collectTexts(table.getPlaceholder(), texts);
            }
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collectTexts(scroll.getContent(), texts);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, texts));
        }
    }

    // --- waiting ---

    /** Runs {@code action} on the FX thread and returns its result. */
    public <T> T onFx(Callable<T> action) {
        if (Platform.isFxApplicationThread()) {
            try {
                return action.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The FX thread did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    public void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds; fails after {@link #TIMEOUT_SECONDS}. */
    public void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + TIMEOUT_SECONDS + " s in vain until " + what + problems());
        }
    }

    /**
     * Waits until {@code found} (asked on the FX thread) is empty, then asserts it is, showing what is left:
     * for layouts, whose widths settle a pulse or two after the rows arrive (later on a busy machine).
     */
    public void assertNoneEventually(String what, Callable<List<String>> found) {
        try {
            waitUntil(what, () -> found.call().isEmpty());
        } catch (AssertionError e) {
            // the assertion below says what is left
        }
        assertEquals(List.of(), onFx(found), what);
    }

    /**
     * Waits until no background work is running and the FX thread has handled what it queued. A search
     * waiting for the user to pause typing has not started yet: wait for its result with {@link #waitUntil}.
     */
    public void awaitIdle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil("the background work is done", () -> !runner.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    // --- problems ---

    /** Exceptions that reached the FX thread's handler: always a bug. */
    public List<Throwable> uncaughtExceptions() {
        return List.copyOf(uncaught);
    }

    /** Warnings and errors the app logged (e.g. failed background work). */
    public List<LogRecord> loggedProblems() {
        return List.copyOf(logged);
    }

    /** Fails if anything crashed on the FX thread or the app logged a warning. */
    public void assertNoProblems() {
        if (!uncaught.isEmpty() || !logged.isEmpty()) {
            AssertionError error = new AssertionError("Problems while the UI ran:" + problems());
            uncaught.forEach(error::addSuppressed);
            throw error;
        }
        if (!databaseOnFxThread.isEmpty()) {
            AssertionError error = new AssertionError(databaseOnFxThread.size()
                    + " database handle(s) opened on the FX thread: run that work through the FxTaskRunner");
            databaseOnFxThread.forEach(error::addSuppressed);
            throw error;
        }
    }

    private String problems() {
        StringBuilder text = new StringBuilder();
        uncaught.forEach(e -> text.append("\n  uncaught on the FX thread: ").append(e));
        logged.forEach(r -> text.append("\n  logged ").append(r.getLevel()).append(": ").append(r.getMessage())
                .append(r.getThrown() == null ? "" : " " + r.getThrown()));
        if (!dialogs.shown().isEmpty()) {
            text.append("\n  dialogs: ").append(dialogs.shown());
        }
        return text.toString();
    }

    /**
     * Closes every window, lets running work finish, closes the database; fails if an exception
     * reached the FX thread during the test.
     */
    @Override
    public void close() {
        try {
            robot.release(new KeyCode[0]);
            robot.release(new MouseButton[0]);
            try {
                awaitIdle();
            } finally {
                onFx(() -> {
                    new ArrayList<>(Window.getWindows()).forEach(Window::hide);
                    Thread.currentThread().setUncaughtExceptionHandler(previousHandler);
                });
                WaitForAsyncUtils.waitForFxEvents();
            }
        } finally {
            appLogger.removeHandler(logHandler);
            runner.close();
            app.close();
        }
        if (!uncaught.isEmpty()) {
            AssertionError error = new AssertionError("Exceptions reached the FX thread:" + problems());
            uncaught.forEach(error::addSuppressed);
            throw error;
        }
    }
}
