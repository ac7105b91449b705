package de.stammkunde.ui.customers;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.TypedCustomer;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.cards.CardScreens;
import de.stammkunde.ui.common.Debouncer;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.TaskRunner;
import de.stammkunde.ui.common.ViewLoader;
import de.stammkunde.ui.common.Windows;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the customer form for a new or an existing customer, from the list or the counter. */
public final class CustomerEditor {

    private final ViewLoader loader;
    private final CustomerService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Consumer<Customer> personalData;
    private final CardScreens cards;

    /**
     * {@code personalData} writes a copy of all data about a customer (GDPR), from the form's button;
     * {@code cards} opens the customer's card dialog from the form, the same as at the counter.
     */
    public CustomerEditor(ViewLoader loader, CustomerService service, TaskRunner runner, Messages messages,
            DialogService dialogs, Supplier<Window> owner, Consumer<Customer> personalData, CardScreens cards) {
        this.loader = loader;
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.dialogs = dialogs;
        this.owner = owner;
        this.personalData = personalData;
        this.cards = cards;
    }

    /**
     * A new customer, the form filled in from {@code typed} (a search text; empty for a blank form).
     * The duplicate warning's "open existing" opens that customer's form.
     */
    public void create(String typed, Consumer<Customer> afterSave) {
        create(typed, afterSave, itsForm(afterSave));
    }

    /** As {@link #create(String, Consumer)}; the duplicate warning's "open existing" goes to {@code showExisting}. */
    public void create(String typed, Consumer<Customer> afterSave, LongConsumer showExisting) {
        open(null, TypedCustomer.from(typed), afterSave, showExisting);
    }

    /** Reads the customer fresh from the database, then opens the form. */
    public void edit(long id, Consumer<Customer> afterSave) {
        runner.submit("load", p -> service.find(id), found -> found.ifPresentOrElse(
                c -> open(c, null, afterSave, itsForm(afterSave)),
                () -> dialogs.showError(messages.get("customer.notFound.title"), messages.get("customer.notFound"))),
                error -> dialogs.showError(messages.get("error.title"), ErrorTexts.database(error, messages)));
    }

    /** "Open existing" from the duplicate warning: that customer's form. */
    private LongConsumer itsForm(Consumer<Customer> afterSave) {
        return existingId -> edit(existingId, afterSave);
    }

    private void open(Customer customer, CustomerDetails typed, Consumer<Customer> afterSave,
            LongConsumer showExisting) {
        CustomerFormViewModel viewModel = new CustomerFormViewModel(service, runner, Debouncer.fx(300), messages,
                customer, typed);
        Stage[] stage = new Stage[1];
        CustomerFormView[] form = new CustomerFormView[1];
        // none for a customer not saved yet, nor for one whose data were erased (the counter shows them no more)
        Runnable card = customer == null || customer.erased() ? null
                : () -> openCard(customer, viewModel, form[0], stage[0]);
        CustomerFormView view = new CustomerFormView(viewModel, messages, afterSave,
                existingId -> {
                    stage[0].close();
                    showExisting.accept(existingId);
                },
                () -> stage[0].close(),
                () -> dialogs.confirmDiscard(messages),
                customer == null ? null : () -> personalData.accept(customer), card);
        form[0] = view;
        ViewLoader.Loaded<CustomerFormView> loaded = loader.load(CustomerFormView.class, view);
        String title = customer == null ? messages.get("customer.form.newTitle")
                : messages.get("customer.form.editTitle", customer.displayName(), customer.number());
        stage[0] = Windows.modal(owner.get(), title, loaded.root());
        stage[0].setOnCloseRequest(e -> {
            if (!view.mayClose()) {
                e.consume();
            }
        });
        stage[0].show();
    }

    /**
     * The card dialog over the form; what is typed stays in the form, unsaved. Only a name changed and not
     * saved is asked about first, as the card bears the saved name: save and then open the card (the form
     * closes, as on Save), open it with the saved name, or cancel.
     */
    private void openCard(Customer customer, CustomerFormViewModel viewModel, CustomerFormView view, Stage form) {
        if (viewModel.cardNameEdited()) {
            String saveFirst = messages.get("customer.form.card.saveFirst");
            String asSaved = messages.get("customer.form.card.asSaved");
            String cancel = messages.get("action.cancel");
            String chosen = dialogs.chooseAction(messages.get("customer.form.card.title"),
                    messages.get("customer.form.card.nameEdited", viewModel.typedCardName(),
                            viewModel.savedCardName()), List.of(saveFirst, asSaved, cancel), cancel);
            if (chosen.equals(saveFirst)) {
                view.saveThen(saved -> cards.open(saved.id(), saved.displayName()));
                return;
            }
            if (!chosen.equals(asSaved)) {
                return;
            }
        }
        cards.open(form, customer.id(), customer.displayName());
    }
}
