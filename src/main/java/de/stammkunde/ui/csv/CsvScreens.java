package de.stammkunde.ui.csv;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.CsvImporter;
import de.stammkunde.service.csv.CustomerColumn;
import de.stammkunde.service.csv.ImportCheck;
import de.stammkunde.service.csv.ImportColumn;
import de.stammkunde.service.csv.ImportPlan;
import de.stammkunde.service.csv.ImportResult;
import de.stammkunde.service.csv.PurchaseColumn;
import de.stammkunde.service.csv.PurchaseImportPlan;
import de.stammkunde.service.csv.PurchaseImportResult;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.TaskRunner;
import de.stammkunde.ui.common.ViewLoader;
import de.stammkunde.ui.common.Windows;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the import wizard (customers or purchases) and the export dialog, from the customer list and at first start. */
public final class CsvScreens {

    private final AppContext app;
    private final ViewLoader loader;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;

    public CsvScreens(AppContext app, ViewLoader loader, TaskRunner runner, DialogService dialogs,
            Supplier<Window> owner) {
        this.app = app;
        this.loader = loader;
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** Asks for a customer list, then opens the wizard on it. */
    public void importCustomers() {
        chooseFile("import.choose.title").ifPresent(this::importCustomers);
    }

    /** Opens the import wizard on a customer list; returns its ViewModel (for tests). */
    public ImportWizardViewModel<CustomerColumn, ImportPlan, ImportResult> importCustomers(Path file) {
        return openWizard(app.importer(), file);
    }

    /** Asks for a till's export of purchases, then opens the wizard on it. */
    public void importPurchases() {
        chooseFile("purchaseImport.choose.title").ifPresent(this::importPurchases);
    }

    /** Opens the import wizard on a till's export of purchases; returns its ViewModel (for tests). */
    public ImportWizardViewModel<PurchaseColumn, PurchaseImportPlan, PurchaseImportResult> importPurchases(Path file) {
        return openWizard(app.purchaseImporter(), file);
    }

    private Optional<Path> chooseFile(String titleKey) {
        return dialogs.chooseFileToOpen(app.messages().get(titleKey), app.messages().get("csv.filter"),
                List.of("*.csv", "*.txt", "*.CSV"));
    }

    private <C extends ImportColumn, P extends ImportCheck, R> ImportWizardViewModel<C, P, R> openWizard(
            CsvImporter<C, P, R> importer, Path file) {
        ImportWizardViewModel<C, P, R> viewModel = new ImportWizardViewModel<>(importer, runner, app.messages());
        ViewLoader.Loaded<ImportWizardView> loaded = loader.load(ImportWizardView.class,
                new ImportWizardView(viewModel, app.messages(), dialogs));
        Stage stage = Windows.modal(owner.get(), viewModel.text("title"), loaded.root());
        stage.setOnCloseRequest(event -> {
            if (viewModel.importingProperty().get()) {
                viewModel.cancel();
                event.consume();
            } else {
                viewModel.cancel();
            }
        });
        stage.show();
        viewModel.open(file);
        return viewModel;
    }

    /**
     * A copy of all data about one customer (GDPR Art. 15/20): asks where to save the ZIP file, writes it in the
     * background and says where it is and what it holds.
     */
    public void personalData(Customer customer) {
        var messages = app.messages();
        String title = messages.get("personalData.title");
        String name = messages.get("personalData.fileName", customer.number(), LocalDate.now(app.clock()).toString());
        dialogs.chooseFileToSave(title, name, messages.get("personalData.filter"), "zip").ifPresent(file -> {
            char separator = CsvFormat.defaultSeparator(messages.locale());
            runner.submit("personalData", p -> app.personalData().export(customer.id(), separator, file, p),
                    rows -> dialogs.showInfo(title, messages.get("personalData.done", customer.displayName(),
                            file.toString(), rows)),
                    error -> dialogs.showError(title, error instanceof ConcurrentEditException
                            ? messages.get("personalData.gone", customer.number())
                            : ExportDialogView.writeFailure(error, file, messages)
                                    .orElseGet(() -> ErrorTexts.unexpected(error, messages))));
        });
    }

    /**
     * The export dialog for the customers of the list's current query; with two or more of them {@code selected}
     * (but not all), it offers to export only those.
     */
    public void export(CustomerQuery query, List<Long> selected) {
        int count = app.customers().index().search(query).size();
        Set<Long> only = selected.size() >= 2 && selected.size() < count ? Set.copyOf(selected) : Set.of();
        ExportDialogView view = new ExportDialogView(app.exporter(), runner, dialogs, app.messages(), query, count,
                only, LocalDate.now(app.clock()));
        ViewLoader.Loaded<ExportDialogView> loaded = loader.load(ExportDialogView.class, view);
        Stage stage = Windows.modal(owner.get(), app.messages().get("export.title"), loaded.root());
        stage.setOnCloseRequest(event -> {
            if (view.isRunning()) {
                view.cancel();
                event.consume();
            }
        });
        stage.show();
    }
}
