package de.stammkunde.ui.cards;

import de.stammkunde.app.AppContext;
import de.stammkunde.service.printing.CardDocuments;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.ImagePrinter;
import de.stammkunde.ui.common.TaskRunner;
import de.stammkunde.ui.common.ViewLoader;
import de.stammkunde.ui.common.Windows;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the card dialog for one customer: from the counter, the customer list and the customer form
 * (F7 each). Built once in {@code UiComposition}.
 */
public final class CardScreens {

    private final AppContext app;
    private final ViewLoader loader;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final CardDocuments documents;
    private final ImagePrinter printer;
    /** Told of every card issued or replaced, whichever screen the dialog was opened from. */
    private final List<LongConsumer> changeListeners = new CopyOnWriteArrayList<>();

    public CardScreens(AppContext app, ViewLoader loader, TaskRunner runner, DialogService dialogs,
            Supplier<Window> owner, ImagePrinter printer) {
        this.app = app;
        this.loader = loader;
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
        this.documents = new CardDocuments(app.settings());
        this.printer = printer;
    }

    /**
     * The card dialog for a customer, over the main window; after a card was issued or replaced the
     * {@link #onAnyChange} listeners hear of it (the counter's panel shows it). Returns the ViewModel (for tests).
     */
    public CardDialogViewModel open(long customerId, String displayName) {
        return open(owner.get(), customerId, displayName);
    }

    /**
     * As {@link #open(long, String)}, over {@code over}: opened from the customer form, the dialog was owned by
     * the main window, and the form beside it could be saved or closed while it was open.
     */
    public CardDialogViewModel open(Window over, long customerId, String displayName) {
        CardDialogViewModel viewModel = new CardDialogViewModel(app.cards(), documents, runner, dialogs, printer,
                app.messages(), app.formats(), customerId, displayName,
                () -> changeListeners.forEach(listener -> listener.accept(customerId)));
        ViewLoader.Loaded<CardDialogView> loaded = loader.load(CardDialogView.class,
                new CardDialogView(viewModel, app.messages()));
        Stage stage = Windows.modal(over, viewModel.title(), loaded.root());
        stage.show();
        viewModel.load();
        return viewModel;
    }

    /**
     * {@code listener} gets the customer's id (on the FX thread) after a card was issued or replaced in any
     * card dialog: the counter shows the new card of a customer whose card was issued from their form.
     */
    public void onAnyChange(LongConsumer listener) {
        changeListeners.add(listener);
    }
}
