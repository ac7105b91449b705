package de.stammkunde.ui.shell;

import de.stammkunde.app.AppContext;
import de.stammkunde.i18n.Messages;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.TaskRunner;
import de.stammkunde.ui.csv.CsvScreens;
import java.util.List;

/**
 * What happens right after the window shows: the customer list loads in the background; on an empty
 * database the owner is offered demo data (to try the app) or an import of their existing list; once
 * the demo data is there, a note says so and where to start.
 */
final class StartupWork {

    static final int DEMO_CUSTOMERS = 500;

    private final AppContext app;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final CsvScreens csv;
    private final Messages messages;

    StartupWork(AppContext app, TaskRunner runner, DialogService dialogs, CsvScreens csv) {
        this.app = app;
        this.runner = runner;
        this.dialogs = dialogs;
        this.csv = csv;
        this.messages = app.messages();
    }

    void run() {
        runner.submit("loadIndex", p -> {
            app.customers().loadIndex();
            return app.customers().index().size();
        }, this::loaded, error -> dialogs.showError(messages.get("error.title"), ErrorTexts.database(error, messages)));
    }

    private void loaded(int customers) {
        if (customers > 0) {
            return;
        }
        String demo = messages.get("demo.offer.demo", DEMO_CUSTOMERS);
        String importList = messages.get("demo.offer.import");
        String empty = messages.get("demo.offer.empty");
        // Buttons that say what they do, the empty start the default: the demo customers were preselected
        // in a list with "OK", and Enter pressed by habit put 500 made-up customers into the shop's data.
        String choice = dialogs.chooseAction(messages.get("demo.offer.title"), messages.get("demo.offer.message"),
                List.of(demo, importList, empty), empty);
        if (choice.equals(demo)) {
            runner.submit("demo", p -> app.demoData().createCustomers(DEMO_CUSTOMERS, 1, p),
                    created -> dialogs.showInfo(messages.get("demo.ready.title"),
                            messages.get("demo.ready.message", created)),
                    error -> dialogs.showError(messages.get("error.title"), ErrorTexts.database(error, messages)));
        } else if (choice.equals(importList)) {
            csv.importCustomers();
        }
    }
}
