package de.stammkunde.service.customers;

import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.data.customers.NewCustomer;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerField;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerMerge;
import de.stammkunde.domain.customers.CustomerRules;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.DuplicateCandidate;
import de.stammkunde.domain.customers.DuplicateKeys;
import de.stammkunde.domain.customers.DuplicateReason;
import de.stammkunde.domain.customers.FieldError;
import de.stammkunde.domain.customers.SearchKeys;
import de.stammkunde.domain.customers.SearchableRow;
import de.stammkunde.domain.customers.SideBySideEdits;
import de.stammkunde.domain.customers.Text;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.HeapHeadroom;
import de.stammkunde.service.MergeParticipant;
import de.stammkunde.service.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Creating, editing, archiving and merging customers. Every write validates first, runs in one
 * transaction and then updates the search index, so the list shows the change at once.
 */
public final class CustomerService {

    /** Customers per statement when many ids are bound at once. */
    private static final int ID_CHUNK = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerIndex index;
    private final List<MergeParticipant> mergeParticipants;

    public CustomerService(Jdbi jdbi, Clock clock, CustomerIndex index, List<MergeParticipant> mergeParticipants) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.index = index;
        this.mergeParticipants = List.copyOf(mergeParticipants);
    }

    public CustomerIndex index() {
        return index;
    }

    /**
     * Fills the search index from the database; run in the background at start-up and after bulk
     * writes. Bulk work (see {@link HeapHeadroom}): afterwards the heap gives back what the read
     * needed beyond the index itself. A customer saved while the rows are read stays in the list.
     */
    public void loadIndex() {
        try (HeapHeadroom headroom = HeapHeadroom.open(true); CustomerIndex.Reading reading = index.startReading()) {
            index.load(reading, jdbi.withExtension(CustomerDao.class, CustomerDao::listRows));
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    public List<FieldError> validate(CustomerDetails details) {
        return CustomerRules.validate(details, today());
    }

    public Customer create(CustomerDetails details) {
        requireValid(details);
        Customer created = jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            String number = dao.allocateNumbers(1).get(0);
            long id = dao.insert(new NewCustomer(number, details, false, now()));
            return dao.findById(id).orElseThrow();
        });
        index.put(SearchableRow.of(created));
        return created;
    }

    /**
     * Saves edited details. Where the customer was saved elsewhere since {@code original} was read (a
     * sale made the prospect active, someone else edited the phone), those changes stay and the edit
     * goes on top; refused only when both changed the same field differently, or the customer was
     * merged into another meanwhile.
     */
    public Customer update(Customer original, CustomerDetails details) {
        requireValid(details);
        Customer saved = jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            if (dao.update(original, details, now())) {
                return dao.findById(original.id()).orElseThrow();
            }
            Customer current = dao.findById(original.id()).filter(c -> c.mergedIntoId() == null)
                    .orElseThrow(() -> new ConcurrentEditException(original.number()));
            CustomerDetails combined = SideBySideEdits.combine(original.details(), details, current.details())
                    .orElseThrow(() -> new ConcurrentEditException(original.number()));
            requireValid(combined);
            if (!dao.update(current, combined, now())) {
                throw new ConcurrentEditException(original.number());
            }
            return dao.findById(original.id()).orElseThrow();
        });
        index.put(SearchableRow.of(saved));
        return saved;
    }

    public Customer setArchived(Customer customer, boolean archived) {
        Customer saved = jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            if (dao.setArchived(customer.id(), customer.version(), archived, now()) == 0) {
                throw new ConcurrentEditException(customer.number());
            }
            return dao.findById(customer.id()).orElseThrow();
        });
        index.put(SearchableRow.of(saved));
        return saved;
    }

    /**
     * Part of booking purchases, in the caller's transaction: of the customers who bought, prospects
     * and lost customers become active. Returns those whose status changed; hand them to
     * {@link #showActive} once the transaction committed.
     */
    public List<Long> markActive(Handle handle, Collection<Long> customerIds, LocalDateTime now) {
        CustomerDao dao = handle.attach(CustomerDao.class);
        List<Long> ids = List.copyOf(new TreeSet<>(customerIds));
        List<Long> changed = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ID_CHUNK));
            List<Long> notActive = dao.notActive(chunk);
            if (!notActive.isEmpty()) {
                dao.markActive(notActive, now);
                changed.addAll(notActive);
            }
        }
        return changed;
    }

    /** The customer's id, or for a customer merged into another the kept one's (reads only). */
    public long currentId(long customerId) {
        return jdbi.withExtension(CustomerDao.class, dao -> dao.current(customerId).orElse(customerId));
    }

    /**
     * Part of booking for a customer (a sale, a refund), in the caller's transaction: the customer the
     * rows belong to, locked until the transaction ends. A customer merged into another one, maybe a
     * moment ago while the counter still showed it, leads to the one kept, as its number does.
     */
    public long lockCurrent(Handle handle, long customerId) {
        return handle.attach(CustomerDao.class).lockCurrent(customerId)
                .orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
    }

    /** The customer list shows customers {@link #markActive} changed as active. */
    public void showActive(Collection<Long> customerIds) {
        index.setStatus(customerIds, CustomerStatus.ACTIVE);
    }

    public Optional<Customer> find(long id) {
        return jdbi.withExtension(CustomerDao.class, dao -> dao.findById(id));
    }

    /** A scanned or typed customer number; a merged customer leads to the one it was merged into. */
    public Optional<Customer> findByNumber(String number) {
        return jdbi.withExtension(CustomerDao.class, dao -> {
            Optional<Customer> found = dao.findByNumber(number.strip());
            while (found.isPresent() && found.get().mergedIntoId() != null) {
                found = dao.findById(found.get().mergedIntoId());
            }
            return found;
        });
    }

    /**
     * Customers that look like the given details (same e-mail, phone, or name with birth date or
     * postcode). The search index finds the candidates: the keys have no database index (V5), and
     * every customer the list shows is in the index with them in its search text. Each candidate is
     * then read and its keys compared.
     */
    public List<DuplicateCandidate> duplicates(CustomerDetails details, long selfId) {
        Set<DuplicateKeys.Key> own = Set.copyOf(DuplicateKeys.of(null, details));
        Set<Long> candidates = new TreeSet<>();
        boolean byName = false;
        for (DuplicateKeys.Key key : own) {
            switch (key.reason()) {
                case EMAIL, PHONE -> index.withField(key.value()).forEach(row -> candidates.add(row.id()));
                case NAME_AND_BIRTH_DATE, NAME_AND_POSTCODE -> byName = true;
                case NUMBER -> { }
            }
        }
        if (byName) {
            String nameKey = SearchKeys.nameKey(details);
            for (CustomerListRow row : index.withField(details.lastName().isEmpty() ? nameKey
                    : Text.fold(details.lastName()))) {
                if (SearchKeys.nameKey(row.firstName(), row.lastName(), row.company()).equals(nameKey)) {
                    candidates.add(row.id());
                }
            }
        }
        candidates.remove(selfId);
        return jdbi.withExtension(CustomerDao.class, dao -> {
            List<DuplicateCandidate> found = new ArrayList<>();
            for (long id : candidates) {
                dao.findById(id).ifPresent(other -> {
                    Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
                    for (DuplicateKeys.Key key : DuplicateKeys.of(null, other.details())) {
                        if (own.contains(key)) {
                            reasons.add(key.reason());
                        }
                    }
                    if (!reasons.isEmpty()) {
                        found.add(new DuplicateCandidate(CustomerListRow.of(other), reasons));
                    }
                });
            }
            return found;
        });
    }

    /**
     * Merges {@code otherId} into {@code keepId}: the kept customer gets everything the other knew,
     * every feature moves its rows over, and the other is archived with a pointer to the kept one
     * (so its number still finds the right customer). One transaction: all or nothing. Refused with a
     * {@link ValidationException} (notes) when both customers' notes together are too long.
     */
    public Customer merge(long keepId, long otherId) {
        if (keepId == otherId) {
            throw new IllegalArgumentException("A customer cannot be merged into itself");
        }
        Customer kept = jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            Customer keep = dao.findById(keepId).orElseThrow();
            Customer other = dao.findById(otherId).orElseThrow();
            if (keep.isMerged() || other.isMerged()) {
                throw new ConcurrentEditException(other.number());
            }
            CustomerDetails combined = CustomerMerge.combine(keep.details(), other.details(), other.number());
            // both notes are kept: together they may not fit, and shortening one is the user's choice
            Optional<FieldError> notes = CustomerRules.checkLength(CustomerField.NOTES, combined.notes(),
                    CustomerRules.MAX_NOTES);
            if (notes.isPresent()) {
                throw new ValidationException(List.of(notes.get()));
            }
            LocalDateTime now = now();
            if (!dao.update(keep, combined, now) || dao.markMerged(otherId, other.version(), keepId, now) == 0) {
                throw new ConcurrentEditException(keep.number());
            }
            for (MergeParticipant participant : mergeParticipants) {
                participant.moveRows(h, otherId, keepId);
            }
            return dao.findById(keepId).orElseThrow();
        });
        index.remove(otherId);
        index.put(SearchableRow.of(kept));
        return kept;
    }

    /**
     * Erases the customer's personal data for good (GDPR Art. 17), and that of every customer merged into
     * it (their rows still held the names they had): names, address, phone numbers, e-mail, birth date,
     * occupation, notes, tags and consents are gone, the cards blocked and the points booked off with
     * {@code pointsReason}. Purchases, coupons and the ledger stay, without a name, so the shop's figures
     * still add up. One transaction; refused with {@link ConcurrentEditException} when the customer was
     * changed, merged or erased meanwhile.
     */
    public void erase(Customer customer, String pointsReason) {
        LocalDateTime now = now();
        MergeParticipant.Erasure erasure = new MergeParticipant.Erasure(now, pointsReason);
        List<Long> erased = jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            if (dao.lockCurrent(customer.id()).filter(id -> id == customer.id()).isEmpty()
                    || dao.erase(customer.id(), customer.version(), now) == 0) {
                throw new ConcurrentEditException(customer.number());
            }
            List<Long> ids = new ArrayList<>(List.of(customer.id()));
            dao.keptCustomers().forEach((merged, kept) -> {
                if (kept == customer.id()) {
                    ids.add(merged);
                }
            });
            for (long id : ids) {
                if (id != customer.id()) {
                    dao.erase(id, dao.findRow(id).orElseThrow().version(), now);
                }
                dao.deleteTags(id);
                dao.deleteConsents(id);
            }
            for (MergeParticipant participant : mergeParticipants) {
                participant.erase(h, customer.id(), erasure);
            }
            return ids;
        });
        erased.forEach(index::remove);
    }

    /** The foreign keys to {@code customer} the merge itself takes care of. */
    public static Set<String> ownMergeColumns() {
        // The merged customer keeps its own tags and consents as they were; the kept one received
        // the union above. merged_into_id is the merge's own pointer.
        return Set.of("customer.merged_into_id", "customer_tag.customer_id", "customer_consent.customer_id");
    }

    public List<MergeParticipant> mergeParticipants() {
        return mergeParticipants;
    }

    private void requireValid(CustomerDetails details) {
        List<FieldError> errors = validate(details);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
