package de.stammkunde.ui.coupons;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.service.printing.CouponDocuments;
import de.stammkunde.ui.common.Debouncer;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.ImagePrinter;
import de.stammkunde.ui.common.TaskRunner;
import de.stammkunde.ui.common.ViewLoader;
import de.stammkunde.ui.common.Windows;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Builds the coupons screen and opens the campaign forms from it. */
public final class CampaignScreens {

    private final AppContext app;
    private final ViewLoader loader;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final ImagePrinter printer;

    public CampaignScreens(AppContext app, ViewLoader loader, TaskRunner runner, DialogService dialogs,
            Supplier<Window> owner, ImagePrinter printer) {
        this.app = app;
        this.loader = loader;
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
        this.printer = printer;
    }

    /** The controller of {@code Campaigns.fxml}. */
    public CampaignsView campaignsView() {
        CouponDocuments documents = new CouponDocuments();
        CampaignsViewModel viewModel = new CampaignsViewModel(app.campaigns(), app.settings(), documents, runner,
                dialogs, printer, app.messages(), app.formats());
        CampaignCouponsViewModel coupons = new CampaignCouponsViewModel(app.campaigns(), app.settings(), documents,
                runner, Debouncer.fx(150), dialogs, printer, app.messages(), app.formats());
        viewModel.selectedProperty().addListener((o, old, now) -> coupons.show(now == null ? null : now.campaign()));
        coupons.noCampaignsYetProperty().bind(viewModel.noCampaignsYetProperty());
        Parent couponsPane = loader.load(CampaignCouponsView.class, new CampaignCouponsView(coupons, app.messages()))
                .root();
        return new CampaignsView(viewModel, couponsPane, this::openForm, dialogs, app.messages(), app.formats());
    }

    /** The new-campaign form, or with {@code birthday} the birthday campaign; returns its ViewModel. */
    public CampaignFormViewModel openForm(boolean birthday, Consumer<Campaign> afterCreate) {
        return open(new CampaignFormViewModel(app.campaigns(), app.customers().index(), runner, app.messages(),
                app.formats(), birthday), afterCreate);
    }

    /**
     * The new-campaign form for the customers picked in the customer list; once created, a note says
     * where its coupons are printed (the list stays, the campaigns are elsewhere). Returns its ViewModel.
     */
    public CampaignFormViewModel openFor(List<CustomerListRow> picked) {
        return open(new CampaignFormViewModel(app.campaigns(), app.customers().index(), runner, app.messages(),
                app.formats(), picked), created -> dialogs.showInfo(app.messages().get("coupons.form.title"),
                        app.messages().get("coupons.pickedDone", created.name(), picked.size())));
    }

    private CampaignFormViewModel open(CampaignFormViewModel viewModel, Consumer<Campaign> afterCreate) {
        boolean birthday = viewModel.isBirthday();
        CampaignFormView view = new CampaignFormView(viewModel, app.messages(), afterCreate,
                () -> dialogs.confirmDiscard(app.messages()));
        ViewLoader.Loaded<CampaignFormView> loaded = loader.load(CampaignFormView.class, view);
        Stage stage = Windows.modal(owner.get(), app.messages().get(birthday ? "coupons.birthday.title"
                : "coupons.form.title"), loaded.root());
        stage.setOnCloseRequest(event -> {
            if (viewModel.busyProperty().get()) {
                viewModel.cancel();
                event.consume();
            } else if (!view.mayClose()) {
                event.consume();
            }
        });
        stage.show();
        return viewModel;
    }
}
