package de.stammkunde.ui.csv;

import de.stammkunde.app.AppContext;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.TaskRunner;
import de.stammkunde.ui.common.ViewLoader;
import de.stammkunde.ui.common.Windows;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the import wizard and the export dialog, from the customer list and at first start. */
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

    /** Asks for a file, then opens the wizard on it. */
    public void importCustomers() {
        dialogs.chooseFileToOpen(app.messages().get("import.choose.title"), app.messages().get("csv.filter"),
                java.util.List.of("*.csv", "*.txt", "*.CSV")).ifPresent(this::importCustomers);
    }

    /** Opens the import wizard on a file; returns its ViewModel (for tests). */
    public ImportWizardViewModel importCustomers(Path file) {
        ImportWizardViewModel viewModel = new ImportWizardViewModel(app.importer(), runner, app.messages());
        ViewLoader.Loaded<ImportWizardView> loaded = loader.load(ImportWizardView.class,
                new ImportWizardView(viewModel, app.messages(), dialogs));
        Stage stage = Windows.modal(owner.get(), app.messages().get("import.title"), loaded.root());
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

    /** The export dialog for the customers of the list's current query. */
    public void export(CustomerQuery query) {
        int count = app.customers().index().search(query).size();
        ExportDialogView view = new ExportDialogView(app.exporter(), runner, dialogs, app.messages(), query, count,
                LocalDate.now(app.clock()));
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
