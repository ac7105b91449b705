package de.stammkunde.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerRules;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.FieldError;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.domain.customers.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCustomersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Set<String> EMAIL_PROVIDERS = Set.of(
            "web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de",
            "gmx.at", "aon.at", "outlook.com");

    private static List<CustomerDetails> sample;

    @BeforeAll
    static void generateSample() {
        sample = new DemoCustomers(42, TODAY).next(20_000);
    }

    @Test
    void sameSeedGivesSameCustomers() {
        assertEquals(new DemoCustomers(7, TODAY).next(2000), new DemoCustomers(7, TODAY).next(2000));
    }

    @Test
    void batchesContinueTheSameSequence() {
        DemoCustomers inBatches = new DemoCustomers(7, TODAY);
        List<CustomerDetails> batched = new ArrayList<>(inBatches.next(300));
        batched.addAll(inBatches.next(700));

        assertEquals(new DemoCustomers(7, TODAY).next(1000), batched);
    }

    @Test
    void differentSeedsGiveDifferentCustomers() {
        List<CustomerDetails> a = new DemoCustomers(1, TODAY).next(100);
        List<CustomerDetails> b = new DemoCustomers(2, TODAY).next(100);

        assertNotEquals(a, b);
        long sameNames = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).displayName().equals(b.get(i).displayName())) {
                sameNames++;
            }
        }
        assertTrue(sameNames < 10, "customers at the same position share the name " + sameNames + " times");
    }

    @Test
    void everyCustomerPassesTheRules() {
        for (CustomerDetails customer : sample) {
            List<FieldError> errors = CustomerRules.validate(customer, TODAY);
            assertTrue(errors.isEmpty(), () -> errors + " for " + customer);
        }
    }

    @Test
    void emailsAreUniqueWithinARun() {
        DemoCustomers generator = new DemoCustomers(42, TODAY);
        Set<String> seen = new HashSet<>();
        for (int batch = 0; batch < 3; batch++) {
            for (CustomerDetails customer : generator.next(10_000)) {
                if (!customer.email().isEmpty()) {
                    assertTrue(seen.add(Text.emailKey(customer.email())), "repeated " + customer.email());
                }
            }
        }
    }

    @Test
    void phoneNumbersAreUniqueWithinARunSoCustomersDoNotLookLikeDuplicates() {
        Set<String> seen = new HashSet<>();
        for (CustomerDetails customer : sample) {
            for (String number : List.of(customer.phone(), customer.mobile())) {
                if (!number.isEmpty()) {
                    assertTrue(seen.add(Text.phoneDigits(number)), "repeated " + number);
                }
            }
        }
    }

    @Test
    void emailsAreLowercaseAsciiAtKnownProvidersOrTheCompanysDomain() {
        for (CustomerDetails customer : sample) {
            String email = customer.email();
            if (email.isEmpty()) {
                continue;
            }
            assertTrue(email.matches("[a-z0-9._-]+@[a-z0-9.-]+"), email);
            String domain = email.substring(email.indexOf('@') + 1);
            assertTrue(EMAIL_PROVIDERS.contains(domain) || !customer.company().isEmpty(), email);
        }
    }

    @Test
    void consentsOnlyForChannelsTheCustomerCanBeReachedOn() {
        for (CustomerDetails customer : sample) {
            for (Map.Entry<ConsentChannel, Consent> entry : customer.consents().entrySet()) {
                switch (entry.getKey()) {
                    case EMAIL -> assertFalse(customer.email().isEmpty(), customer::toString);
                    case SMS -> assertFalse(customer.mobile().isEmpty(), customer::toString);
                    case POST -> assertFalse(customer.street().isEmpty() || customer.postcode().isEmpty()
                            || customer.city().isEmpty(), customer::toString);
                }
                Consent consent = entry.getValue();
                assertFalse(consent.date().isBefore(TODAY.minusYears(3)), customer::toString);
                assertTrue(consent.date().isBefore(TODAY), customer::toString);
                assertTrue(DemoCustomers.CONSENT_SOURCES.contains(consent.source()), consent.source());
            }
        }
    }

    @Test
    void phoneNumbersLookGermanOrAustrian() {
        for (CustomerDetails customer : sample) {
            if (!customer.phone().isEmpty()) {
                assertTrue(customer.phone().matches("0[1-9][0-9]{0,3} [2-9][0-9]{4,7}"), customer.phone());
            }
            if (!customer.mobile().isEmpty()) {
                List<String> prefixes = customer.country().equals("AT")
                        ? DemoCustomers.MOBILE_PREFIXES_AT : DemoCustomers.MOBILE_PREFIXES_DE;
                String[] parts = customer.mobile().split(" ");
                assertEquals(2, parts.length, customer.mobile());
                assertTrue(prefixes.contains(parts[0]), customer.mobile());
                assertTrue(parts[1].matches("[2-9][0-9]{6,7}"), customer.mobile());
            }
        }
    }

    @Test
    void birthDatesMakeCustomersAtLeastSixteenAndBornFrom1940() {
        for (CustomerDetails customer : sample) {
            LocalDate birth = customer.birthDate();
            if (birth != null) {
                assertFalse(birth.isBefore(LocalDate.of(1940, 1, 1)), birth::toString);
                assertFalse(birth.isAfter(TODAY.minusYears(16)), birth::toString);
            }
        }
    }

    @Test
    void addressesHaveAHouseNumberAndTheCountrysPostcodeFormat() {
        for (CustomerDetails customer : sample) {
            if (customer.street().isEmpty()) {
                continue;
            }
            assertTrue(customer.street().matches(".+ [1-9][0-9]*([a-c]|/[0-9]+)?"), customer.street());
            assertTrue(customer.postcode().matches(customer.country().equals("AT") ? "\\d{4}" : "\\d{5}"),
                    customer::toString);
            assertFalse(customer.street().endsWith("Str.") || customer.street().contains("("), customer.street());
        }
    }

    @Test
    void tagsAreZeroToThreeInterestsFromTheList() {
        for (CustomerDetails customer : sample) {
            assertTrue(customer.tags().size() <= 3, customer.tags()::toString);
            assertTrue(DemoCustomers.INTEREST_TAGS.containsAll(customer.tags()), customer.tags()::toString);
        }
    }

    @Test
    void distributionIsRoughlyAsDesigned() {
        assertShare("business customers", c -> !c.company().isEmpty(), 0.025, 0.06);
        assertShare("Austrian customers", c -> c.country().equals("AT"), 0.015, 0.05);
        assertShare("landline", c -> !c.phone().isEmpty(), 0.50, 0.70);
        assertShare("mobile", c -> !c.mobile().isEmpty(), 0.45, 0.65);
        assertShare("e-mail", c -> !c.email().isEmpty(), 0.62, 0.78);
        assertShare("birth date", c -> c.birthDate() != null, 0.65, 0.82);
        assertShare("occupation", c -> !c.occupation().isEmpty(), 0.22, 0.38);
        assertShare("notes", c -> !c.notes().isEmpty(), 0.06, 0.15);
        assertShare("active", c -> c.status() == CustomerStatus.ACTIVE, 0.65, 0.75);
        assertShare("potential", c -> c.status() == CustomerStatus.POTENTIAL, 0.11, 0.19);
        assertShare("lost", c -> c.status() == CustomerStatus.LOST, 0.11, 0.19);
        assertShare("female", c -> c.gender() == Gender.FEMALE, 0.40, 0.55);
        assertShare("male", c -> c.gender() == Gender.MALE, 0.38, 0.52);
        assertShare("diverse", c -> c.gender() == Gender.DIVERSE, 0.001, 0.03);
        assertShare("without tags", c -> c.tags().isEmpty(), 0.15, 0.35);
        assertShare("e-mail consent among e-mail holders", c -> !c.email().isEmpty(),
                c -> c.hasConsent(ConsentChannel.EMAIL), 0.35, 0.55);
        assertShare("SMS consent among mobile holders", c -> !c.mobile().isEmpty(),
                c -> c.hasConsent(ConsentChannel.SMS), 0.08, 0.22);
        assertShare("post consent", c -> c.hasConsent(ConsentChannel.POST), 0.22, 0.38);
        assertShare("withdrawn consents", c -> c.consents().values().stream().anyMatch(x -> !x.granted()),
                0.02, 0.20);
    }

    private static void assertShare(String what, Predicate<CustomerDetails> test, double min, double max) {
        assertShare(what, c -> true, test, min, max);
    }

    private static void assertShare(String what, Predicate<CustomerDetails> among, Predicate<CustomerDetails> test,
            double min, double max) {
        List<CustomerDetails> population = sample.stream().filter(among).toList();
        double share = (double) population.stream().filter(test).count() / population.size();
        assertTrue(share >= min && share <= max, what + ": " + share + " not in [" + min + ", " + max + "]");
    }
}
