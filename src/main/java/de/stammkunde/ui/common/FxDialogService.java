package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts and file choosers, owned by the window they are asked from. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Messages messages;
    /** Where the last file was chosen: the next choice starts there (an export beside the last one). */
    private Path lastFolder;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /**
     * Dialogs owned by the window the user works in (a form, the card or history dialog), so they
     * show over it and give the focus back to it when closed.
     */
    public static FxDialogService overFocusedWindow(Window main, Messages messages) {
        return new FxDialogService(() -> ownerAmong(Window.getWindows(), Window::isFocused, main), messages);
    }

    /**
     * The focused window; of two that say they have it (the headless toolkit does not always take it
     * from the first), the one opened last. When none has it — a question asked right after another
     * one closed, before the window manager gave the focus back (card lost: why, then block?) — the
     * window opened last: owned by the main window, which the form blocks, the second question gave
     * the focus back to the main window when closed and the keyboard did nothing.
     */
    static Window ownerAmong(List<Window> windows, Predicate<Window> focused, Window main) {
        List<Window> showing = windows.stream().filter(w -> w instanceof Stage && w.isShowing()).toList();
        return showing.stream().filter(focused).reduce((earlier, later) -> later)
                .or(() -> showing.stream().reduce((earlier, later) -> later))
                .orElse(main);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(new MessageLabel(message));
        return alert;
    }

    /**
     * A message wrapped at {@link #MAX_WIDTH}. A plain label asks for the width of its text on one
     * line, and the dialog took that width, up to twice the window's, half off the screen. Its
     * minimum height is its height: the dialog shrank a label to one line, and "Block card …?" lost
     * its second sentence.
     */
    static final class MessageLabel extends Label {

        static final double MAX_WIDTH = 520;

        MessageLabel(String message) {
            super(message);
            setWrapText(true);
            setMaxWidth(MAX_WIDTH);
            setMinHeight(USE_PREF_SIZE);
        }

        @Override
        protected double computePrefWidth(double height) {
            return Math.min(MAX_WIDTH, super.computePrefWidth(height));
        }
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        return ask(title, message, yes, no, false);
    }

    @Override
    public boolean confirmIrreversible(String title, String message, String yes, String no) {
        return ask(title, message, yes, no, true);
    }

    /**
     * A question with buttons that say what they do ("Discard" / "Keep editing"): "OK" and "Cancel"
     * left the user to work out from the text which one threw their work away. Esc and the close box
     * answer {@code no}; Enter answers {@code no} too when {@code safeDefault}.
     */
    private boolean ask(String title, String message, String yes, String no, boolean safeDefault) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType goAhead = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(goAhead, keep);
        if (safeDefault) {
            ((Button) alert.getDialogPane().lookupButton(goAhead)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(goAhead::equals).isPresent();
    }

    @Override
    public String chooseAction(String title, String message, List<String> actions, String safe) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        List<ButtonType> buttons = actions.stream().map(action -> new ButtonType(action,
                action.equals(safe) ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER)).toList();
        alert.getButtonTypes().setAll(buttons);
        for (ButtonType type : buttons) {
            Button button = (Button) alert.getDialogPane().lookupButton(type);
            button.setDefaultButton(type.getText().equals(safe));
            ButtonBar.setButtonUniformSize(button, false); // each as wide as its text, not as the longest
        }
        // the theme keeps dialogs at most 600 px wide, and the buttons were cut to "Mit 500 Beispielkun…"
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        return alert.showAndWait().map(ButtonType::getText).orElse(safe);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, T preselected) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(preselected, choices);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription,
            String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder(lastFolder, Path.of(System.getProperty("user.home"))).toFile());
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, pattern(extension)));
        return chosen(chooser.showSaveDialog(owner.get())).flatMap(path -> withExtension(path, extension,
                named -> confirmIrreversible(messages.get("file.replace.title"), messages.get("file.replace.message",
                        named.getFileName().toString(), String.valueOf(named.getParent())),
                        messages.get("file.replace.yes"), messages.get("action.cancel"))));
    }

    /**
     * The file chosen, with the filter's extension where the typed name has none: the GTK dialog keeps
     * "karte-anna" as typed, and a PNG without ".png" opened in no viewer. Where a file of that name
     * exists already, only if {@code replace} says so (the dialog asked about the name typed, not that
     * one): "kunden" typed again next month was saved as a second file "kunden" without an extension,
     * and "kunden.csv" still held last month's customers.
     */
    static Optional<Path> withExtension(Path chosen, String extension, Predicate<Path> replace) {
        String name = chosen.getFileName().toString();
        if (name.contains(".")) {
            return Optional.of(chosen);
        }
        Path named = chosen.resolveSibling(name + pattern(extension).substring(1));
        if (Files.isDirectory(named)) {
            return Optional.of(chosen); // a folder "kunden.csv": no file to replace, and none can be written there
        }
        return Files.exists(named) && !replace.test(named) ? Optional.empty() : Optional.of(named);
    }

    /** "csv", ".csv" and "*.csv" all mean "*.csv" (callers pass either; "*.*.csv" would hide "kunden.csv"). */
    static String pattern(String extension) {
        String bare = extension.strip();
        while (bare.startsWith("*") || bare.startsWith(".")) {
            bare = bare.substring(1);
        }
        return "*." + bare;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription,
                extensions.stream().map(FxDialogService::pattern).toList()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*.*", "*.*"));
        chooser.setInitialDirectory(startFolder(lastFolder, Path.of(System.getProperty("user.home"))).toFile());
        return chosen(chooser.showOpenDialog(owner.get()));
    }

    private Optional<Path> chosen(File file) {
        Optional<Path> path = Optional.ofNullable(file).map(File::toPath);
        path.map(Path::getParent).ifPresent(folder -> lastFolder = folder);
        return path;
    }

    /**
     * Where a file dialog opens: the folder of the last file chosen, else the user's documents
     * (a program started from a menu has no working folder a user would look in), else home.
     */
    static Path startFolder(Path last, Path home) {
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        for (String documents : new String[] {"Documents", "Dokumente"}) {
            if (Files.isDirectory(home.resolve(documents))) {
                return home.resolve(documents);
            }
        }
        return home;
    }
}
