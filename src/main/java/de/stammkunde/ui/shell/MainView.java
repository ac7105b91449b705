package de.stammkunde.ui.shell;

import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.AppIcon;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.TaskRunner;
import de.stammkunde.ui.common.ViewLoader;
import de.stammkunde.ui.counter.CounterView;
import de.stammkunde.ui.coupons.CampaignsView;
import de.stammkunde.ui.customers.CustomerListView;
import de.stammkunde.ui.settings.SettingsView;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;

/** The shell: the sidebar switches between screens; the status bar shows background work. */
public final class MainView {

    private final ViewLoader loader;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final Path dataDirectory;

    @FXML private BorderPane root;
    @FXML private StackPane content;
    @FXML private ToggleButton counterNav;
    @FXML private ToggleButton customersNav;
    @FXML private ToggleButton couponsNav;
    @FXML private ToggleButton settingsNav;
    @FXML private Label dataDirLabel;
    @FXML private StatusBar statusBar;

    private Parent counter;
    private CounterView counterView;
    private Parent customers;
    private CustomerListView customerListView;
    private Parent coupons;
    private CampaignsView campaignsView;
    private Parent settings;
    private SettingsView settingsView;

    public MainView(ViewLoader loader, TaskRunner runner, DialogService dialogs, Messages messages,
            Path dataDirectory) {
        this.loader = loader;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.dataDirectory = dataDirectory;
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        counterNav.setToggleGroup(group);
        customersNav.setToggleGroup(group);
        couponsNav.setToggleGroup(group);
        settingsNav.setToggleGroup(group);
        counterNav.setGraphic(AppIcon.COUNTER.node());
        customersNav.setGraphic(AppIcon.CUSTOMERS.node());
        couponsNav.setGraphic(AppIcon.COUPONS.node());
        settingsNav.setGraphic(AppIcon.SETTINGS.node());
        counterNav.setTooltip(new javafx.scene.control.Tooltip(messages.get("nav.counter.shortcut")));
        customersNav.setTooltip(new javafx.scene.control.Tooltip(messages.get("nav.customers.shortcut")));
        couponsNav.setTooltip(new javafx.scene.control.Tooltip(messages.get("coupons.nav.shortcut")));
        settingsNav.setTooltip(new javafx.scene.control.Tooltip(messages.get("settings.nav.shortcut")));
        // A selected toggle stays selected: clicking it again must not leave the window empty.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (now == counterNav) {
                showCounter();
            } else if (now == couponsNav) {
                showCoupons();
            } else if (now == settingsNav) {
                showSettings();
            } else {
                showCustomers();
            }
        });
        dataDirLabel.setText(messages.get("shell.dataDir", dataDirectory.toString()));
        statusBar.setText("");
        // It only shows what runs; as a Tab stop it held the focus where nobody could see it.
        statusBar.setFocusTraversable(false);
        statusBar.textProperty().bind(runner.messageProperty().map(m -> m.isEmpty() ? "" : messages.has("task." + m)
                ? messages.get("task." + m) : ""));
        statusBar.progressProperty().bind(runner.progressProperty());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                        () -> go(counterNav));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                        () -> go(customersNav));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                        () -> go(couponsNav));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN),
                        () -> go(settingsNav));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        this::focusSearch);
                scene.windowProperty().addListener((o, was, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, this::closing);
                    }
                });
            }
        });
        // The benchmark starts on the customer list to measure memory with it open.
        boolean customersFirst = "customers".equals(System.getProperty("stammkunde.startScreen"));
        (customersFirst ? customersNav : counterNav).setSelected(true);
    }

    private void showCounter() {
        if (counter == null) {
            var loaded = loader.load(CounterView.class);
            counter = loaded.root();
            counterView = loaded.controller();
        }
        content.getChildren().setAll(counter);
        counterView.shown();
    }

    private void showCustomers() {
        if (customers == null) {
            var loaded = loader.load(CustomerListView.class);
            customers = loaded.root();
            customerListView = loaded.controller();
        }
        content.getChildren().setAll(customers);
        customerListView.focusSearch();
    }

    private void showCoupons() {
        if (coupons == null) {
            var loaded = loader.load(CampaignsView.class);
            coupons = loaded.root();
            campaignsView = loaded.controller();
        }
        content.getChildren().setAll(coupons);
        campaignsView.shown();
    }

    private void showSettings() {
        if (settings == null) {
            var loaded = loader.load(SettingsView.class);
            settings = loaded.root();
            settingsView = loaded.controller();
        }
        content.getChildren().setAll(settings);
        settingsView.shown();
    }

    /**
     * Closing the window with settings edited but not saved asks first: they were lost without a
     * word, although leaving the screen keeps them. "Keep editing" shows them, to be saved.
     */
    private void closing(WindowEvent event) {
        if (settingsView == null || !settingsView.hasUnsavedEdits()) {
            return;
        }
        if (!dialogs.confirmIrreversible(messages.get("settings.closeUnsaved.title"),
                messages.get("settings.closeUnsaved.message"), messages.get("settings.closeUnsaved.discard"),
                messages.get("form.discard.keep"))) {
            event.consume();
            settingsNav.setSelected(true);
        }
    }

    /**
     * A page's shortcut: to that page, or, on it already, to its first field as when it opens. Ctrl+1 at the
     * counter with a customer open left the focus in the amount field, and the search typed next went there.
     */
    private void go(ToggleButton nav) {
        if (nav.isSelected()) {
            focusSearch();
        } else {
            nav.setSelected(true);
        }
    }

    private void focusSearch() {
        if (customersNav.isSelected()) {
            customerListView.focusSearch();
        } else if (couponsNav.isSelected()) {
            campaignsView.shown();
        } else if (settingsNav.isSelected()) {
            return;
        } else {
            counterView.focusInput();
        }
    }
}
