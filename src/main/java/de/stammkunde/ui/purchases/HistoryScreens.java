package de.stammkunde.ui.purchases;

import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.purchases.PurchaseService;
import de.stammkunde.service.purchases.SaleService;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.TaskRunner;
import de.stammkunde.ui.common.ViewLoader;
import de.stammkunde.ui.common.Windows;
import de.stammkunde.ui.loyalty.PointsLedgerView;
import de.stammkunde.ui.loyalty.PointsLedgerViewModel;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens a customer's purchase history and points account in its own window, from the counter (F6). */
public final class HistoryScreens {

    private final ViewLoader loader;
    private final PurchaseService purchases;
    private final SaleService sales;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final Formats formats;
    private final Supplier<Window> owner;
    private final PointsLedgerViewModel.Ledger points;

    public HistoryScreens(ViewLoader loader, PurchaseService purchases, SaleService sales, TaskRunner runner,
            DialogService dialogs, Messages messages, Formats formats, Supplier<Window> owner,
            PointsLedgerViewModel.Ledger points) {
        this.loader = loader;
        this.purchases = purchases;
        this.sales = sales;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.owner = owner;
        this.points = points;
    }

    /** {@code onChange} runs after a refund or a points correction, so the counter can reload the customer's panel. */
    public void open(long customerId, String displayName, Runnable onChange) {
        PointsLedgerViewModel account = new PointsLedgerViewModel(points, runner, messages, formats);
        account.setOnBooked(onChange);
        PointsLedgerView ledger = new PointsLedgerView(account, messages, formats);
        // A refund changes the points too: the ledger tab reloads with the counter's panel.
        Runnable changed = () -> {
            onChange.run();
            ledger.show(customerId);
        };
        PurchaseHistoryViewModel viewModel = new PurchaseHistoryViewModel(purchases, sales, runner, messages, formats,
                changed);
        PurchaseHistoryView view = new PurchaseHistoryView(viewModel, dialogs, messages, formats);
        ViewLoader.Loaded<PurchaseHistoryView> loaded = loader.load(PurchaseHistoryView.class, view);
        view.showPoints(loader.load(PointsLedgerView.class, ledger).root());
        Stage stage = Windows.modal(owner.get(), messages.get("history.title", displayName), loaded.root());
        viewModel.load(customerId);
        ledger.show(customerId);
        stage.show();
        view.focusTable();
    }
}
