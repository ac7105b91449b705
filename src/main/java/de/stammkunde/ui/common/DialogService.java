package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog a screen may open, behind one interface so tests can answer them. */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /**
     * Whether to do what cannot be undone (throw away what the user entered, merge two customers,
     * block a card, refund a purchase): like {@link #confirm}, but the safe answer is the default,
     * so Enter pressed by habit changes nothing; only a deliberate OK goes ahead.
     */
    default boolean confirmIrreversible(String title, String message) {
        return confirm(title, message);
    }

    /** {@link #confirmIrreversible} with the forms' question: discard what was entered and close? */
    default boolean confirmDiscard(Messages messages) {
        return confirmIrreversible(messages.get("form.discard.title"), messages.get("form.discard.message"));
    }

    <T> Optional<T> choose(String title, String message, List<T> choices, T preselected);

    /** {@code extension} as {@code "csv"} or {@code "*.csv"}. */
    Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription, String extension);

    /** {@code extensions} as {@code "csv"} or {@code "*.csv"}. */
    Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions);
}
