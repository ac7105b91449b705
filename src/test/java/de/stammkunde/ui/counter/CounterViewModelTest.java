package de.stammkunde.ui.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CounterViewModelTest {

    private Database db;
    private CustomerService service;
    private CounterViewModel counter;
    private final Messages messages = new Messages(Locale.GERMANY);

    @BeforeEach
    void open() {
        db = TestDatabases.h2();
        service = new CustomerService(db.jdbi(), Clock.systemDefaultZone(), new CustomerIndex(), List.of());
        counter = new CounterViewModel(service, new CurrentThreadTaskRunner(), messages);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void scannedNumberOpensTheCustomerAndClearsTheField() {
        Customer anna = service.create(Customers.anna());
        counter.inputProperty().set(anna.number());

        counter.submit();

        assertEquals(anna.id(), counter.customerProperty().get().id());
        assertEquals("", counter.inputProperty().get());
    }

    @Test
    void nameWithOneMatchOpensItDirectly() {
        Customer anna = service.create(Customers.anna());
        service.create(Customers.named("Bernd", "Schmidt"));
        counter.inputProperty().set("müll");

        counter.submit();

        assertEquals(anna.id(), counter.customerProperty().get().id());
    }

    @Test
    void nameWithSeveralMatchesListsThem() {
        service.create(Customers.named("Anna", "Schmidt"));
        service.create(Customers.named("Bernd", "Schmidt"));
        counter.inputProperty().set("schmidt");

        counter.submit();

        assertEquals(2, counter.results().size());
        assertNull(counter.customerProperty().get());
    }

    @Test
    void unknownNumberSaysSoInPlainWords() {
        counter.inputProperty().set("999999");

        counter.submit();

        assertNull(counter.customerProperty().get());
        assertEquals(messages.get("counter.nothingFound", "999999"), counter.messageProperty().get());
    }

    @Test
    void escapeStartsOver() {
        Customer anna = service.create(Customers.anna());
        counter.inputProperty().set(anna.number());
        counter.submit();

        counter.clear();

        assertNull(counter.customerProperty().get());
        assertTrue(counter.results().isEmpty());
    }
}
