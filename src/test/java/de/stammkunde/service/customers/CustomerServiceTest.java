package de.stammkunde.service.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.stammkunde.data.Database;
import de.stammkunde.data.TestDatabases;
import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerField;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Customers;
import de.stammkunde.domain.customers.DuplicateCandidate;
import de.stammkunde.domain.customers.DuplicateReason;
import de.stammkunde.domain.customers.FieldError;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    private Database db;
    private CustomerService service;

    @BeforeEach
    void open() {
        db = TestDatabases.h2();
        service = new CustomerService(db.jdbi(), CLOCK, new CustomerIndex(), List.of());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createdCustomerIsFoundByTheSearchAtOnce() {
        Customer anna = service.create(Customers.anna());

        assertEquals(List.of(anna.id()), service.index().search(CustomerQuery.text("mül")).stream()
                .map(r -> r.id()).toList());
    }

    @Test
    void customerWithoutNameOrCompanyIsRefusedAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.create(Customers.named("Anna", "")));

        assertEquals("validation.name.required", e.errors().get(0).messageKey());
        assertEquals(0, service.index().size());
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        CustomerDetails future = Customers.anna().toBuilder().birthDate(LocalDate.of(2027, 1, 1)).build();

        ValidationException e = assertThrows(ValidationException.class, () -> service.create(future));

        assertEquals("validation.birthDate.future", e.errors().get(0).messageKey());
    }

    @Test
    void duplicateIsFoundBySamePhoneDigitsWrittenDifferently() {
        Customer anna = service.create(Customers.anna());
        CustomerDetails typed = Customers.named("Annemarie", "Schulz").toBuilder().phone("+49 (221) 12 34 56").build();

        List<DuplicateCandidate> found = service.duplicates(typed, 0);

        assertEquals(1, found.size());
        assertEquals(anna.id(), found.get(0).existing().id());
        assertEquals(Set.of(DuplicateReason.PHONE), found.get(0).reasons());
    }

    @Test
    void duplicateIsFoundBySameNameAndBirthDate() {
        service.create(Customers.anna());
        CustomerDetails typed = Customers.named("Anna", "Mueller").toBuilder()
                .birthDate(LocalDate.of(1980, 5, 17)).build();

        assertEquals(Set.of(DuplicateReason.NAME_AND_BIRTH_DATE), service.duplicates(typed, 0).get(0).reasons());
    }

    @Test
    void duplicatesAreFoundThroughEveryKeyEvenArchivedButNotBySurnameAlone() {
        Customer bakery = service.create(CustomerDetails.builder().company("Bäckerei Kühn GmbH").postcode("50667")
                .build());
        Customer joerg = service.setArchived(service.create(Customers.named("Jörg", "Kühn").toBuilder()
                .mobile("0171 5550000").postcode("50667").build()), true);
        service.create(Customers.named("Eva", "Kühn").toBuilder().postcode("50667").build());

        List<DuplicateCandidate> found = service.duplicates(CustomerDetails.builder().firstName("Joerg")
                .lastName("KÜHN").phone("+49 171 555 00 00").postcode("50667").build(), 0);
        List<DuplicateCandidate> company = service.duplicates(CustomerDetails.builder()
                .company("bäckerei kühn gmbh").postcode("50667").build(), 0);

        assertEquals(List.of(joerg.id()), found.stream().map(c -> c.existing().id()).toList());
        assertEquals(Set.of(DuplicateReason.PHONE, DuplicateReason.NAME_AND_POSTCODE), found.get(0).reasons());
        assertEquals(List.of(bakery.id()), company.stream().map(c -> c.existing().id()).toList());
        assertEquals(List.of(), service.duplicates(bakery.details(), bakery.id()),
                "a customer is no duplicate of itself");
    }

    @Test
    void sameNameAloneIsNoDuplicate() {
        service.create(Customers.anna());

        assertEquals(List.of(), service.duplicates(Customers.named("Anna", "Müller"), 0));
    }

    @Test
    void editingAStaleCopyIsRefused() {
        Customer anna = service.create(Customers.anna());
        service.update(anna, anna.details().toBuilder().city("Bonn").build());

        assertThrows(ConcurrentEditException.class,
                () -> service.update(anna, anna.details().toBuilder().city("Berlin").build()));
        assertEquals("Bonn", service.find(anna.id()).orElseThrow().details().city());
    }

    @Test
    void aStaleCopyEditedInOtherFieldsKeepsBothChanges() {
        Customer anna = service.create(Customers.anna());
        service.update(anna, anna.details().toBuilder().phone("0221 999999").addTags(List.of("Torten")).build());

        Customer saved = service.update(anna, anna.details().toBuilder().city("Bonn").postcode("53111").build());

        assertEquals("Bonn", saved.details().city(), "before, the form was refused: changed elsewhere");
        assertEquals("53111", saved.details().postcode());
        assertEquals("0221 999999", saved.details().phone(), "the other change stays");
        assertEquals(List.of("Vollkorn", "Kaffee", "Torten"), saved.details().tags());
        assertEquals(saved, service.find(anna.id()).orElseThrow());
        assertEquals("Bonn", service.index().byId(anna.id()).orElseThrow().city());
    }

    @Test
    void aFormOpenWhileASaleMadeTheProspectActiveSavesAndTheCustomerStaysActive() {
        Customer prospect = service.create(Customers.anna().toBuilder().status(CustomerStatus.POTENTIAL).build());
        db.jdbi().useTransaction(h -> service.markActive(h, List.of(prospect.id()), LocalDateTime.now(CLOCK)));

        Customer saved = service.update(prospect, prospect.details().toBuilder().email("anna@example.org").build());

        assertEquals(CustomerStatus.ACTIVE, saved.details().status());
        assertEquals("anna@example.org", saved.details().email());
    }

    @Test
    void aStaleCopyOfACustomerMergedMeanwhileIsRefused() {
        Customer anna = service.create(Customers.anna());
        Customer other = service.create(Customers.named("Anne", "Müller"));
        service.merge(anna.id(), other.id());

        assertThrows(ConcurrentEditException.class,
                () -> service.update(other, other.details().toBuilder().city("Bonn").build()));
    }

    @Test
    void archivedCustomerLeavesTheDefaultListButIsKept() {
        Customer anna = service.create(Customers.anna());

        service.setArchived(anna, true);

        assertEquals(0, service.index().search(CustomerQuery.all()).size());
        assertTrue(service.find(anna.id()).orElseThrow().archived());
    }

    @Test
    void mergeKeepsEverythingOfBothAndTheOldNumberLeadsToTheKeptCustomer() {
        Customer keep = service.create(Customers.anna());
        Customer other = service.create(Customers.named("Anna", "Müller").toBuilder()
                .email("anna@privat.de").tags(List.of("Bio")).notes("Kommt samstags")
                .consent(ConsentChannel.POST, new Consent(true, LocalDate.of(2025, 1, 2), "Website")).build());

        Customer kept = service.merge(keep.id(), other.id());

        assertEquals("anna.mueller@example.de", kept.details().email());
        assertEquals(List.of("Vollkorn", "Kaffee", "Bio"), kept.details().tags());
        assertTrue(kept.details().notes().contains("Kommt samstags"));
        assertTrue(kept.details().hasConsent(ConsentChannel.POST));
        assertTrue(kept.details().hasConsent(ConsentChannel.EMAIL));
        assertEquals(keep.id(), service.findByNumber(other.number()).orElseThrow().id());
        Customer gone = service.find(other.id()).orElseThrow();
        assertTrue(gone.archived());
        assertEquals(keep.id(), gone.mergedIntoId());
        assertEquals(1, service.index().search(CustomerQuery.all().withFilters(null, null, null,
                de.stammkunde.domain.customers.ArchiveFilter.ALL)).size());
    }

    @Test
    void mergingABuyingCustomerIntoALostOneKeepsTheMergedCustomerActive() {
        Customer lost = service.create(Customers.anna().toBuilder().status(CustomerStatus.LOST).build());
        Customer active = service.create(Customers.named("Anna", "Müller").toBuilder()
                .status(CustomerStatus.ACTIVE).build());

        Customer kept = service.merge(lost.id(), active.id());

        assertEquals(CustomerStatus.ACTIVE, kept.details().status(),
                "the purchases of the last 12 months came along with the other customer");
        assertEquals(CustomerStatus.ACTIVE, service.merge(kept.id(),
                service.create(Customers.named("Anna", "M.").toBuilder().status(CustomerStatus.LOST).build()).id())
                .details().status());
    }

    @Test
    void notesTooLongTogetherRefuseTheMergeWithTheFieldAndItsLimitAndChangeNothing() {
        Customer keep = service.create(Customers.anna().toBuilder().notes("Stammkundin. ".repeat(230)).build());
        Customer other = service.create(Customers.named("Anna", "Müller").toBuilder()
                .notes("Bestellt Torten. ".repeat(60)).build());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.merge(keep.id(), other.id()));

        assertEquals(List.of(FieldError.of(CustomerField.NOTES, "validation.tooLong", 4000)), refused.errors());
        assertEquals(keep, service.find(keep.id()).orElseThrow());
        assertEquals(null, service.find(other.id()).orElseThrow().mergedIntoId());
    }
}
