package de.stammkunde.ui.common;

import de.stammkunde.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog a screen may open, behind one interface so tests can answer them. */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    /**
     * A question answered by two buttons named for what they do: {@code yes} ("Archive") goes ahead and
     * is the default button, {@code no} ("Cancel") leaves everything as it is. True for {@code yes}.
     */
    boolean confirm(String title, String message, String yes, String no);

    /**
     * Whether to do what cannot be undone (throw away what the user entered, merge two customers,
     * block a card, refund a purchase): like {@link #confirm}, but the safe answer {@code no} is the
     * default, so Enter pressed by habit changes nothing; only a deliberate {@code yes} goes ahead.
     */
    default boolean confirmIrreversible(String title, String message, String yes, String no) {
        return confirm(title, message, yes, no);
    }

    /** {@link #confirmIrreversible} with the forms' question: "Discard" what was entered or "Keep editing"? */
    default boolean confirmDiscard(Messages messages) {
        return confirmIrreversible(messages.get("form.discard.title"), messages.get("form.discard.message"),
                messages.get("form.discard.discard"), messages.get("form.discard.keep"));
    }

    <T> Optional<T> choose(String title, String message, List<T> choices, T preselected);

    /**
     * A choice between a few ways on, one button each, named for what it does. {@code safe} (one of
     * {@code actions}) is the default button and the answer to Esc and the close box, so Enter pressed
     * by habit takes the way that changes nothing. Returns the action chosen.
     */
    String chooseAction(String title, String message, List<String> actions, String safe);

    /** {@code extension} as {@code "csv"} or {@code "*.csv"}. */
    Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription, String extension);

    /** {@code extensions} as {@code "csv"} or {@code "*.csv"}. */
    Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions);
}
