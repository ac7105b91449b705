package de.stammkunde.ui.customers;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerRules;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.ValidationException;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.common.DialogService;
import de.stammkunde.ui.common.ErrorTexts;
import de.stammkunde.ui.common.TaskRunner;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** What the buttons of the customer list do; the list view only forwards to here. */
public final class CustomerListActions {

    private final CustomerEditor editor;
    private final CustomerService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable importCsv;
    private final Runnable importPurchases;
    private final BiConsumer<CustomerQuery, List<Long>> exportCsv;
    private final Consumer<List<CustomerListRow>> campaign;
    private final Consumer<CustomerListRow> card;

    /** {@code card} opens a customer's card dialog, the counter's. */
    public CustomerListActions(CustomerEditor editor, CustomerService service, TaskRunner runner,
            DialogService dialogs, Messages messages, Runnable importCsv, Runnable importPurchases,
            BiConsumer<CustomerQuery, List<Long>> exportCsv, Consumer<List<CustomerListRow>> campaign,
            Consumer<CustomerListRow> card) {
        this.editor = editor;
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.importCsv = importCsv;
        this.importPurchases = importPurchases;
        this.exportCsv = exportCsv;
        this.campaign = campaign;
        this.card = card;
    }

    /**
     * A new customer; {@code typed} (a search that found nobody) fills in the form, "" for a blank one.
     * {@code afterSave} gets the customer once saved.
     */
    public void create(String typed, Consumer<Customer> afterSave) {
        editor.create(typed, afterSave);
    }

    public void edit(long id) {
        editor.edit(id, saved -> { });
    }

    public void toggleArchive(CustomerListRow row) {
        boolean archive = !row.archived();
        String key = archive ? "customers.archive.confirm" : "customers.unarchive.confirm";
        String action = messages.get(archive ? "customers.archive" : "customers.unarchive");
        if (!dialogs.confirm(action, messages.get(key, row.displayName(), row.number()), action,
                messages.get("action.cancel"))) {
            return;
        }
        runner.submit("archive", p -> service.setArchived(service.find(row.id()).orElseThrow(), archive), saved -> { },
                this::failed);
    }

    /**
     * Erases an archived customer's personal data for good (GDPR), after a question that says what goes and
     * what stays; the customer then leaves every list.
     */
    public void erase(CustomerListRow row) {
        String title = messages.get("customers.erase.title");
        if (!dialogs.confirmIrreversible(title, messages.get("customers.erase.confirm", row.displayName(),
                row.number()), messages.get("customers.erase.action"), messages.get("action.cancel"))) {
            return;
        }
        String reason = messages.get("customers.erase.pointsReason");
        runner.submit("erase", p -> {
            service.erase(service.find(row.id()).orElseThrow(), reason);
            return row;
        }, erased -> dialogs.showInfo(title, messages.get("customers.erase.done", erased.number())), this::failed);
    }

    /** Asks which of the two stays, then merges the other into it. */
    public void merge(CustomerListRow first, CustomerListRow second) {
        List<String> choices = List.of(label(first), label(second));
        dialogs.choose(messages.get("customers.merge.title"), messages.get("customers.merge.question"), choices,
                choices.get(0)).ifPresent(choice -> {
                    CustomerListRow keep = choice.equals(choices.get(0)) ? first : second;
                    CustomerListRow other = keep == first ? second : first;
                    if (!dialogs.confirmIrreversible(messages.get("customers.merge.title"), messages.get(
                            "customers.merge.confirm", label(other), label(keep)), messages.get("customers.merge"),
                            messages.get("action.cancel"))) {
                        return;
                    }
                    runner.submit("merge", p -> service.merge(keep.id(), other.id()),
                            kept -> dialogs.showInfo(messages.get("customers.merge.title"),
                                    messages.get("customers.merge.done", label(other), label(keep))),
                            error -> mergeFailed(error, keep, other));
                });
    }

    private static String label(CustomerListRow row) {
        return row.displayName() + " (" + row.number() + ")";
    }

    private void mergeFailed(Throwable error, CustomerListRow keep, CustomerListRow other) {
        if (error instanceof ValidationException) {
            // the only rule a merge can break: both notes together are longer than a customer's notes
            dialogs.showError(messages.get("customers.merge.title"), messages.get("customers.merge.notesTooLong",
                    label(other), label(keep), CustomerRules.MAX_NOTES));
        } else {
            failed(error);
        }
    }

    private void failed(Throwable error) {
        String message = error instanceof ConcurrentEditException
                ? messages.get("customers.changedElsewhere")
                : ErrorTexts.unexpected(error, messages);
        dialogs.showError(messages.get("error.title"), message);
    }

    public void importCsv() {
        importCsv.run();
    }

    public void importPurchases() {
        importPurchases.run();
    }

    /** The export of the list's customers, or of the ones {@code selected} in it (ids, in the list's order). */
    public void exportCsv(CustomerQuery query, List<Long> selected) {
        exportCsv.accept(query, List.copyOf(selected));
    }

    /** F7: the customer's card (issue, print, save, card lost), as at the counter. */
    public void card(CustomerListRow row) {
        card.accept(row);
    }

    /** A coupon campaign for the customers picked in the list. */
    public void campaign(List<CustomerListRow> picked) {
        campaign.accept(List.copyOf(picked));
    }
}
