package de.stammkunde.ui.shell;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.coupons.CouponCheck;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.service.coupons.CouponMessages;
import de.stammkunde.ui.cards.CardScreens;
import de.stammkunde.ui.common.Debouncer;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.FxImagePrinter;
import de.stammkunde.ui.common.ImagePrinter;
import de.stammkunde.ui.common.TaskRunner;
import de.stammkunde.ui.common.ViewLoader;
import de.stammkunde.ui.counter.CounterView;
import de.stammkunde.ui.counter.CounterViewModel;
import de.stammkunde.ui.counter.SaleViewModel;
import de.stammkunde.ui.coupons.CampaignScreens;
import de.stammkunde.ui.coupons.CampaignsView;
import de.stammkunde.ui.csv.CsvScreens;
import de.stammkunde.ui.customers.CustomerEditor;
import de.stammkunde.ui.customers.CustomerListActions;
import de.stammkunde.ui.customers.CustomerListView;
import de.stammkunde.ui.customers.CustomerListViewModel;
import de.stammkunde.ui.loyalty.PointsLedgerViewModel;
import de.stammkunde.ui.purchases.HistoryScreens;
import de.stammkunde.ui.settings.SettingsView;
import de.stammkunde.ui.settings.SettingsViewModel;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The window's half of the composition root: given the services of {@link AppContext}, it builds
 * each screen's controller with its ViewModel (the FXML loader's controller factory).
 */
public final class UiComposition {

    private final AppContext app;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final CustomerEditor editor;
    private final CsvScreens csv;
    private final HistoryScreens history;
    private final CardScreens cards;
    private final CampaignScreens campaigns;

    public UiComposition(AppContext app, TaskRunner runner, DialogService dialogs, Supplier<Window> owner) {
        this.app = app;
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
        this.loader = new ViewLoader(app.messages().bundle(), this::controller);
        this.csv = new CsvScreens(app, loader, runner, dialogs, owner);
        ImagePrinter printer = new FxImagePrinter(owner);
        this.cards = new CardScreens(app, loader, runner, dialogs, owner, printer);
        this.editor = new CustomerEditor(loader, app.customers(), runner, app.messages(), dialogs, owner,
                csv::personalData, cards);
        this.history = new HistoryScreens(loader, app.purchases(), app.sales(), runner, dialogs, app.messages(),
                app.formats(), owner, PointsLedgerViewModel.of(app.loyalty()));
        this.campaigns = new CampaignScreens(app, loader, runner, dialogs, owner, printer);
    }

    public ViewLoader loader() {
        return loader;
    }

    public CsvScreens csv() {
        return csv;
    }

    /** The customer card dialog: {@code cards().open(customerId, displayName)}. */
    public CardScreens cards() {
        return cards;
    }

    private SettingsViewModel settingsViewModel() {
        return new SettingsViewModel(
                () -> new SettingsViewModel.Values(app.settings().shopName(), app.loyalty().rules()),
                values -> app.settings().saveShopNameWith(values.shopName(),
                        app.loyalty().settingsOf(values.rules())), runner, app.messages(), app.formats());
    }

    private Object controller(Class<?> type) {
        if (type == MainView.class) {
            return new MainView(loader, runner, dialogs, app.messages(), app.dataDirectory());
        }
        if (type == CustomerListView.class) {
            CustomerListViewModel viewModel = new CustomerListViewModel(app.customers().index(),
                    app.cards()::holderOf, runner, Debouncer.fx(150));
            // The index changes on the worker thread; the list re-runs its query on the FX thread.
            app.customers().index().addListener(() -> Platform.runLater(viewModel::refresh));
            BiConsumer<CustomerQuery, List<Long>> export = csv::export;
            CustomerListActions actions = new CustomerListActions(editor, app.customers(), runner, dialogs,
                    app.messages(), csv::importCustomers, csv::importPurchases, export, campaigns::openFor,
                    row -> cards.open(row.id(), row.displayName()));
            return new CustomerListView(viewModel, actions, app.messages());
        }
        if (type == CounterView.class) {
            Function<CouponCheck, String> couponText = check -> CouponMessages.describe(check, app.messages(),
                    app.formats());
            SaleViewModel sale = new SaleViewModel(app.sales(), runner, Debouncer.fx(200), app.messages(),
                    app.formats(), couponText);
            CounterViewModel counter = new CounterViewModel(app.counter(), app.customers(), runner, app.messages(),
                    couponText);
            app.customers().index().addListener(() -> Platform.runLater(counter::listChanged));
            return new CounterView(counter, sale, editor, history, cards, app.messages(), app.formats());
        }
        if (type == CampaignsView.class) {
            return campaigns.campaignsView();
        }
        if (type == SettingsView.class) {
            return new SettingsView(settingsViewModel(), app.messages());
        }
        throw new IllegalArgumentException("No controller for " + type.getName());
    }
}
