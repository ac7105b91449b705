package de.stammkunde.ui.counter;

import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.Text;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The counter's one input: a scanner types digits and Enter, which opens that customer at once;
 * anything else is a search, and a single match opens directly.
 */
public final class CounterViewModel {

    static final int MAX_RESULTS = 50;

    private final CustomerService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<CustomerListRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>();

    public CounterViewModel(CustomerService service, TaskRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
    }

    /** Enter in the field. */
    public void submit() {
        String text = input.get() == null ? "" : input.get().strip();
        message.set("");
        if (text.isEmpty()) {
            return;
        }
        if (Text.isDigits(text)) {
            runner.submit("scan", p -> service.findByNumber(text), found -> found.ifPresentOrElse(this::show,
                    () -> searchText(text)), this::failed);
        } else {
            searchText(text);
        }
    }

    private void searchText(String text) {
        runner.submit("search", p -> service.index().search(CustomerQuery.text(text)), rows -> {
            results.setAll(rows.subList(0, Math.min(rows.size(), MAX_RESULTS)));
            if (rows.isEmpty()) {
                message.set(messages.get("counter.nothingFound", text));
            } else if (rows.size() == 1) {
                open(rows.get(0));
            } else if (rows.size() > MAX_RESULTS) {
                message.set(messages.get("counter.tooMany", rows.size(), MAX_RESULTS));
            }
        }, this::failed);
    }

    /** Opens a customer from the result list. */
    public void open(CustomerListRow row) {
        runner.submit("open", p -> service.find(row.id()), found -> found.ifPresent(this::show), this::failed);
    }

    private void show(Customer found) {
        customer.set(found);
        results.clear();
        input.set("");
        if (found.archived()) {
            message.set(messages.get("counter.archived"));
        }
    }

    /** After an edit elsewhere: shows the saved state. */
    public void refreshCustomer(Customer saved) {
        Customer shown = customer.get();
        if (shown != null && shown.id() == saved.id()) {
            customer.set(saved);
        }
    }

    /** After a sale or refund: the customer's panel read again. */
    public void reload() {
        Customer shown = customer.get();
        if (shown != null) {
            runner.submit("open", p -> service.find(shown.id()), found -> found.ifPresent(this::refreshCustomer),
                    this::failed);
        }
    }

    /** Escape: start over. */
    public void clear() {
        input.set("");
        results.clear();
        message.set("");
        customer.set(null);
    }

    private void failed(Throwable error) {
        message.set(messages.get("error.database"));
    }

    public Optional<Customer> current() {
        return Optional.ofNullable(customer.get());
    }

    public StringProperty inputProperty() {
        return input;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<CustomerListRow> results() {
        return results;
    }

    public ObjectProperty<Customer> customerProperty() {
        return customer;
    }

}
