package de.stammkunde.ui.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerField;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import de.stammkunde.ui.common.Debouncer;
import de.stammkunde.ui.common.TypedInputs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random typing into the customer form (every text field, the consents), new and editing, in German and
 * English, then Save: nothing escapes; Save is enabled exactly while no rule is broken; a save either
 * stores the customer as the form showed it or a bundle message says what to change, never a database
 * failure. The seed is fixed; a failure names it and the input.
 */
class CustomerFormViewModelFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    /** Another seed or more iterations to look further: {@code -Dfuzz.seed=… -Dfuzz.iterations=…}. */
    private static final long SEED = Long.getLong("fuzz.seed", 0x4b756e64L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 150);

    /** On H2, and on PostgreSQL too where {@code STAMMKUNDE_TEST_PG_URL} names one. */
    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void randomTypingEitherSavesTheCustomerAsShownOrSaysWhatToChange(String database) {
        TypedInputs.inGermanAndEnglish(database, (db, messages) -> type(new CustomerService(db.jdbi(), CLOCK,
                new CustomerIndex(), List.of()), messages));
    }

    private static void type(CustomerService service, Messages messages) {
        Customer anna = service.create(Customers.anna());
        Random random = new Random(SEED);
        TypedInputs inputs = new TypedInputs(random);
        int[] outcomes = new int[2];
        for (int i = 0; i < ITERATIONS; i++) {
            boolean editing = random.nextBoolean();
            Customer original = editing ? service.find(anna.id()).orElseThrow() : null;
            CustomerFormViewModel form = new CustomerFormViewModel(service, new CurrentThreadTaskRunner(),
                    Debouncer.IMMEDIATE, messages, original);
            List<String> typed = new ArrayList<>(List.of("locale", messages.locale().toString(),
                    "editing", String.valueOf(editing)));
            try {
                if (!editing) {
                    form.textProperty(CustomerField.LAST_NAME).set("Berg");
                }
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    if (random.nextInt(6) == 0) {
                        ConsentChannel channel = ConsentChannel.values()[random.nextInt(3)];
                        String source = random.nextBoolean() ? inputs.next() : "Laden ".repeat(random.nextInt(50));
                        typed.addAll(List.of("consent " + channel, source));
                        form.consentGrantedProperty(channel).set(random.nextBoolean());
                        form.consentSourceProperty(channel).set(source);
                    } else {
                        CustomerField field = CustomerFormViewModel.TEXT_FIELDS.get(
                                random.nextInt(CustomerFormViewModel.TEXT_FIELDS.size()));
                        String value = random.nextInt(5) == 0 ? "x".repeat(90 + random.nextInt(4100)) : inputs.next();
                        typed.addAll(List.of(field.name(), value));
                        form.textProperty(field).set(value);
                    }
                }
                String input = TypedInputs.show(SEED, i, typed.toArray(String[]::new));
                boolean canSave = form.canSaveProperty().get();
                List<Customer> saved = new ArrayList<>();
                form.save(saved::add);
                String error = form.saveErrorProperty().get();
                if (!error.isBlank()) {
                    TypedInputs.assertUsable(error, messages, input);
                }
                if (canSave) {
                    assertEquals(1, saved.size(), "Save enabled, so it saved: " + error + " " + input);
                    assertEquals(form.details(), saved.get(0).details(),
                            "stored as the form showed it: " + input);
                    outcomes[0]++;
                    continue;
                }
                assertTrue(saved.isEmpty(), input);
                assertFalse(form.shownErrors().isEmpty(), "Save disabled, so a message says why: " + input);
                form.shownErrors().values().forEach(message -> TypedInputs.assertUsable(message, messages, input));
                outcomes[1]++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("escaped the form: " + e + "\n" + TypedInputs.show(SEED, i, typed.toArray(String[]::new)), e);
            }
        }
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "saved, refused: " + java.util.Arrays.toString(outcomes));
    }
}
