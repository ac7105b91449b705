package de.stammkunde.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** Scenes and windows with the app's stylesheet and icon. */
public final class Windows {

    private static final String CSS = Objects.requireNonNull(Windows.class.getResource("/de/stammkunde/ui/app.css"))
            .toExternalForm();
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);
    /** The key a default button ("Speichern", "Erstellen") listens to. */
    private static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private Windows() {
    }

    /**
     * Ctrl+S (Cmd+S) anywhere under {@code root} runs {@code save}, which decides what a form with
     * something wrong does (the forms save nothing then and show every message).
     */
    public static void onSaveKey(Node root, Runnable save) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                save.run();
            }
        });
    }

    /**
     * Puts the caret in {@code field} and scrolls the screen around it just so far that the field and its
     * {@code message} below are in sight: a try to save with something wrong showed every message, but one
     * further down stayed below the visible part until the user scrolled there.
     */
    public static void bringIntoView(Node field, Node message) {
        field.requestFocus();
        ScrollPane pane = null;
        for (Parent up = field.getParent(); up != null && pane == null; up = up.getParent()) {
            pane = up instanceof ScrollPane scroll ? scroll : null;
        }
        if (pane == null || pane.getContent() == null) {
            return;
        }
        // The messages just shown take their room only at the next pulse: lay out now to measure.
        pane.applyCss();
        pane.layout();
        Node content = pane.getContent();
        Bounds fieldBounds = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        Bounds messageBounds = content.sceneToLocal(message.localToScene(message.getBoundsInLocal()));
        double view = pane.getViewportBounds().getHeight();
        double room = content.getLayoutBounds().getHeight() - view;
        if (room <= 0) {
            return;
        }
        double span = pane.getVmax() - pane.getVmin();
        double offset = (pane.getVvalue() - pane.getVmin()) / span * room;
        double bottom = Math.max(fieldBounds.getMaxY(), messageBounds.getMaxY());
        if (bottom > offset + view) {
            offset = bottom - view;
        }
        if (fieldBounds.getMinY() < offset) {
            offset = fieldBounds.getMinY();
        }
        pane.setVvalue(pane.getVmin() + Math.max(0, Math.min(room, offset)) / room * span);
    }

    /**
     * The one of {@code buttons} pressed keeps the focus through the work it started: while {@code busy}
     * disables them, JavaFX passes the focus on to the next control ("Close", the list), and after
     * "Save as PDF …" the next Tab and Space went to the wrong command. Once enabled again, the button
     * pressed has it back (unless it is gone meanwhile, as "Issue card" once the card is there).
     */
    public static void keepFocusThroughWork(ObservableBooleanValue busy, Button... buttons) {
        Button[] pressed = new Button[1];
        busy.addListener((obs, was, working) -> {
            if (working) {
                // the scene's focus owner, not isFocused(): that is false while the window has not the focus
                // back yet from a file dialog just closed, and the focus stayed where JavaFX passed it on
                pressed[0] = Arrays.stream(buttons)
                        .filter(b -> b.getScene() != null && b.getScene().getFocusOwner() == b)
                        .findFirst().orElse(null);
            } else if (pressed[0] != null) {
                if (pressed[0].isVisible() && !pressed[0].isDisabled()) {
                    pressed[0].requestFocus();
                }
                pressed[0] = null;
            }
        });
    }

    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CSS);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> enterOnTickBox(scene, e));
        PastedLines.install(scene);
        return scene;
    }

    /**
     * Enter on a check box or radio button presses the window's default button, as Enter in a text field
     * does: the form is saved, the box stays as it is (Space ticks it). JavaFX would tick the box instead,
     * so a consent given a moment ago was taken back by the Enter meant to save. Without a default button
     * the box keeps JavaFX's behaviour.
     */
    private static void enterOnTickBox(Scene scene, KeyEvent e) {
        Node focused = scene.getFocusOwner();
        if (e.getCode() != KeyCode.ENTER || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()
                || !(focused instanceof CheckBox || focused instanceof RadioButton)) {
            return;
        }
        Runnable defaultButton = scene.getAccelerators().get(ENTER);
        if (defaultButton != null) {
            e.consume();
            defaultButton.run();
        }
    }

    public static void decorate(Stage stage) {
        for (int size : ICON_SIZES) {
            var url = Windows.class.getResource("/de/stammkunde/ui/icons/app-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }

    /** A window in front of its owner that blocks the owner until closed; never larger than the screen. */
    public static Stage modal(Window owner, String title, Parent root) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        stage.setScene(scene(root));
        decorate(stage);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> sizeForScreen(stage, owner));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fitOnScreen(stage));
        return stage;
    }

    /**
     * Before the window is shown: content that asks for more than the owner's screen gets the screen's width
     * or height (a window resized once shown kept its first size on some systems): on a 1024-pixel screen the
     * purchase history (1080 pixels wide) was centred with both edges off the screen, its first column and
     * the refund's label cut off on the left, "Save correction" on the right.
     */
    private static void sizeForScreen(Stage stage, Window owner) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        Rectangle2D area = owner == null ? Screen.getPrimary().getVisualBounds()
                : screenArea(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        double width = root.prefWidth(-1);
        if (width > area.getWidth()) {
            stage.setWidth(area.getWidth());
            width = area.getWidth();
        }
        if (root.prefHeight(width) > area.getHeight()) {
            stage.setHeight(area.getHeight());
        }
    }

    /** Once shown: shrinks and moves the window into the screen it is on, should it still stand over an edge. */
    private static void fitOnScreen(Stage stage) {
        Rectangle2D now = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        Rectangle2D fit = within(now, screenArea(now.getMinX(), now.getMinY(), now.getWidth(), now.getHeight()));
        if (!fit.equals(now)) {
            stage.setWidth(fit.getWidth());
            stage.setHeight(fit.getHeight());
            stage.setX(fit.getMinX());
            stage.setY(fit.getMinY());
        }
    }

    /** Where {@code window} is whole within {@code area}: no larger than it, moved in as little as needed. */
    static Rectangle2D within(Rectangle2D window, Rectangle2D area) {
        double width = Math.min(window.getWidth(), area.getWidth());
        double height = Math.min(window.getHeight(), area.getHeight());
        double x = Math.max(area.getMinX(), Math.min(window.getMinX(), area.getMaxX() - width));
        double y = Math.max(area.getMinY(), Math.min(window.getMinY(), area.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    /** The usable part of the screen showing most of the given rectangle; the primary screen's if none does. */
    private static Rectangle2D screenArea(double x, double y, double width, double height) {
        List<Screen> screens = Screen.getScreensForRectangle(x, y, Math.max(1, width), Math.max(1, height));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
