package de.stammkunde.ui.coupons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.stammkunde.data.Database;
import de.stammkunde.domain.coupons.Campaign;
import de.stammkunde.domain.coupons.CampaignField;
import de.stammkunde.domain.coupons.CampaignKind;
import de.stammkunde.domain.coupons.CodeMode;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.coupons.CampaignService;
import de.stammkunde.service.customers.CustomerIndex;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.ui.common.CurrentThreadTaskRunner;
import de.stammkunde.ui.common.TypedInputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random typing into the campaign form (name, percent, amount, free item, minimum, limit, days, customer
 * number, search, dates), in German and English, then Create: nothing escapes; Create is enabled exactly
 * when no rule is broken; a try to create either stores the campaign or shows a bundle message beside a
 * field. The seed is fixed; a failure names it and the input.
 */
class CampaignFormViewModelFuzzTest {

    /** Another seed or more iterations to look further: {@code -Dfuzz.seed=… -Dfuzz.iterations=…}. */
    private static final long SEED = Long.getLong("fuzz.seed", 0x436f7570L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 150);

    /** On H2, and on PostgreSQL too where {@code STAMMKUNDE_TEST_PG_URL} names one (it refuses a NUL, H2 does not). */
    @ParameterizedTest
    @MethodSource("de.stammkunde.data.TestDatabases#names")
    void randomTypingEitherCreatesTheCampaignOrSaysWhatToChange(String database) {
        TypedInputs.inGermanAndEnglish(database, CampaignFormViewModelFuzzTest::type);
    }

    private static void type(Database db, Messages messages) {
        CustomerService customers = new CustomerService(db.jdbi(), CampaignFormViewModelTest.CLOCK,
                new CustomerIndex(), List.of());
        CampaignService campaigns = new CampaignService(db.jdbi(), CampaignFormViewModelTest.CLOCK,
                new Workplace("anna", "KASSE-1"), customers);
        Customer anna = customers.create(CustomerDetails.builder().lastName("Müller").tags(List.of("Kaffee"))
                .birthDate(LocalDate.of(1980, 11, 30)).build());
        LocalDate today = campaigns.today();
        Random random = new Random(SEED);
        TypedInputs inputs = new TypedInputs(random);
        int[] outcomes = new int[2];
        for (int i = 0; i < ITERATIONS; i++) {
            boolean birthday = random.nextInt(4) == 0;
            CampaignFormViewModel form = new CampaignFormViewModel(campaigns, customers.index(),
                    new CurrentThreadTaskRunner(), messages, new Formats(messages.locale()), birthday);
            List<String> typed = new ArrayList<>(List.of("locale", messages.locale().toString(),
                    "birthday", String.valueOf(birthday)));
            try {
                fill(form, random, inputs, typed, anna.number(), today);
                String input = TypedInputs.show(SEED, i, typed.toArray(String[]::new));
                boolean canCreate = form.canCreateProperty().get();
                assertEquals(form.validate().isEmpty(), canCreate, "Create enabled exactly without a message: "
                        + input);
                List<Campaign> created = new ArrayList<>();
                form.create(created::add);
                if (canCreate) {
                    String status = form.statusMessageProperty().get();
                    if (!status.isBlank()) {
                        TypedInputs.assertUsable(status, messages, input);
                    }
                    assertTrue(created.size() == 1 || !status.isBlank(), "created or said why not: " + input);
                    outcomes[0] += created.size();
                    continue;
                }
                assertTrue(created.isEmpty(), input);
                List<String> shown = new ArrayList<>();
                for (CampaignField field : CampaignField.values()) {
                    String message = form.errorProperty(field).get();
                    if (!message.isBlank()) {
                        TypedInputs.assertUsable(message, messages, input);
                        shown.add(message);
                    }
                }
                assertFalse(shown.isEmpty(), "Create disabled, so a message says why: " + input);
                outcomes[1]++;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                fail("escaped the form: " + e + "\n" + TypedInputs.show(SEED, i, typed.toArray(String[]::new)), e);
            }
        }
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "campaigns created, forms refused: "
                + java.util.Arrays.toString(outcomes));
    }

    /** A form that could be created, then one to three of its fields typed at random. */
    private static void fill(CampaignFormViewModel form, Random random, TypedInputs inputs, List<String> typed,
            String number, LocalDate today) {
        CampaignKind kind = CampaignKind.values()[random.nextInt(CampaignKind.values().length)];
        form.kindProperty().set(kind);
        typed.addAll(List.of("kind", kind.name()));
        if (random.nextBoolean()) {
            CodeMode mode = random.nextBoolean() ? CodeMode.SHARED : CodeMode.PERSONAL;
            form.codeModeProperty().set(mode);
            typed.addAll(List.of("codeMode", mode.name()));
        }
        form.nameProperty().set("Herbst");
        form.percentProperty().set("10");
        form.amountProperty().set("5");
        form.freeItemProperty().set("Kaffee");
        form.customerNumberProperty().set(number);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            switch (random.nextInt(11)) {
                case 0 -> set(form.nameProperty(), "name", random.nextBoolean() ? inputs.next() : "N".repeat(151),
                        typed);
                case 1 -> set(form.percentProperty(), "percent", inputs.next(), typed);
                case 2 -> set(form.amountProperty(), "amount", inputs.next(), typed);
                case 3 -> set(form.freeItemProperty(), "freeItem", inputs.next(), typed);
                case 4 -> set(form.minPurchaseProperty(), "minPurchase", inputs.next(), typed);
                case 5 -> set(form.limitProperty(), "limit", inputs.next(), typed);
                case 6 -> set(form.daysProperty(), "days", inputs.next(), typed);
                case 7 -> set(form.customerNumberProperty(), "customerNumber", inputs.next(), typed);
                case 8 -> {
                    form.targetProperty().set(CampaignFormViewModel.Target.MATCHING);
                    set(form.searchTextProperty(), "search", inputs.next(), typed);
                }
                default -> {
                    LocalDate from = random.nextBoolean() ? form.validFromProperty().get() : date(random, today);
                    LocalDate to = date(random, today);
                    typed.addAll(List.of("validFrom", String.valueOf(from), "validTo", String.valueOf(to)));
                    form.validFromProperty().set(from);
                    form.validToProperty().set(to);
                }
            }
        }
    }

    /** What a date picker can hold: nothing, a day near today, or one a typo put far away. */
    private static LocalDate date(Random random, LocalDate today) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> LocalDate.of(1, 1, 1);
            case 2 -> LocalDate.of(99999, 12, 31);
            default -> today.plusDays(random.nextInt(800) - 400);
        };
    }

    private static void set(javafx.beans.property.StringProperty property, String field, String value,
            List<String> typed) {
        typed.addAll(List.of(field, value));
        property.set(value);
    }
}
