package de.stammkunde.service.csv;

import de.stammkunde.data.BulkWrites;
import de.stammkunde.data.customers.CustomerDao;
import de.stammkunde.data.customers.MergeLinks;
import de.stammkunde.data.customers.NewCustomer;
import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerRules;
import de.stammkunde.domain.customers.DuplicateKeys;
import de.stammkunde.domain.customers.DuplicateReason;
import de.stammkunde.domain.customers.FieldError;
import de.stammkunde.domain.customers.SearchableRow;
import de.stammkunde.domain.customers.Tags;
import de.stammkunde.i18n.Formats;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.HeapHeadroom;
import de.stammkunde.service.Progress;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.service.csv.ImportPlan.Action;
import de.stammkunde.service.csv.ImportPlan.PlannedRow;
import de.stammkunde.service.customers.CustomerService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports customers from a CSV file in two steps: {@link #plan} reads and checks the whole file and
 * decides for each row (new, update, duplicate left out) without writing; {@link #execute} writes
 * the plan in one transaction, so a failure or a cancel leaves the database as it was.
 */
public final class ImportService implements CsvImporter<CustomerColumn, ImportPlan, ImportResult> {

    static final int BATCH = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;
    private final Messages messages;

    public ImportService(Jdbi jdbi, Clock clock, CustomerService customers, Messages messages) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
        this.messages = messages;
    }

    /** A file with its format and which column holds what ({@code null} for an ignored column). */
    public record Request(Path file, CsvFormat format, List<CustomerColumn> mapping, ImportOptions options) {
    }

    /** Reads the file with the mapping its header suggests; for the command line and the wizard's first look. */
    public Request suggest(Path file, CsvFormat format, ImportOptions options) throws IOException {
        CsvTableReader.Preview preview = CsvTableReader.preview(file, format, this::isHeader, 0);
        return new Request(file, format, CustomerColumn.autoMap(preview.header()), options);
    }

    @Override
    public String textPrefix() {
        return "import.";
    }

    @Override
    public List<CustomerColumn> columns() {
        return java.util.Arrays.stream(CustomerColumn.values()).filter(CustomerColumn::importable).toList();
    }

    @Override
    public List<CustomerColumn> autoMap(List<String> header) {
        return CustomerColumn.autoMap(header);
    }

    @Override
    public ImportPlan plan(Path file, CsvFormat format, List<CustomerColumn> mapping, ImportOptions options,
            Progress progress) throws IOException {
        return plan(new Request(file, format, mapping, options), progress);
    }

    @Override
    public String summary(Messages messages, ImportPlan plan) {
        return ImportReport.summary(messages, plan);
    }

    @Override
    public String done(Messages messages, ImportResult result) {
        return ImportReport.done(messages, result);
    }

    public ImportPlan plan(Request request, Progress progress) throws IOException {
        try (HeapHeadroom headroom = HeapHeadroom.open()) {
            return readPlan(request, progress);
        }
    }

    private ImportPlan readPlan(Request request, Progress progress) throws IOException {
        LocalDate today = LocalDate.now(clock);
        List<CustomerColumn> mapping = request.mapping();
        try (Handle handle = jdbi.open()) {
            Planner planner = new Planner(request.options().onDuplicate(), handle.attach(CustomerDao.class), today);
            List<RowProblem> problems = new ArrayList<>();
            CustomerRowParser[] parser = new CustomerRowParser[1];
            CsvTableReader.Result read = CsvTableReader.read(request.file(), request.format(), this::isHeader,
                    progress, (headerRow, header) -> {
                List<CustomerColumn> columns = mapping.size() == header.size() ? mapping
                        : CustomerColumn.autoMap(header);
                parser[0] = new CustomerRowParser(header, columns, new CsvValues(messages), today,
                        messages.get("csv.consent.source"));
                if (columns.stream().noneMatch(c -> c == CustomerColumn.LAST_NAME || c == CustomerColumn.COMPANY)) {
                    problems.add(RowProblem.of(headerRow, "", "csv.problem.noNameColumn"));
                }
            }, (row, fields) -> {
                CustomerRowParser.ParsedRow parsed = parser[0].parse(row, fields);
                if (parsed.valid()) {
                    planner.add(parsed, problems);
                } else {
                    problems.addAll(parsed.problems());
                }
            });
            boolean complete = read.finish(problems);
            planner.notices.addAll(0, read.notices());
            return new ImportPlan(read.header(), read.headerRow(), planner.rows, problems, planner.notices,
                    read.rows(), complete, request.options());
        }
    }

    /**
     * Writes the plan: customers brought with their own number first, then the rest with new
     * numbers, then the updates; all in one transaction. Refuses a plan that may not be imported.
     * Afterwards the heap gives back what the transaction needed (as it did when the index was read
     * back from the database after an import).
     */
    @Override
    public ImportResult execute(ImportPlan plan, Progress progress) {
        try (HeapHeadroom headroom = HeapHeadroom.open(true); BulkWrites bulk = BulkWrites.open(jdbi)) {
            return write(plan, progress);
        }
    }

    private ImportResult write(ImportPlan plan, Progress progress) {
        if (!plan.canImport()) {
            throw new IllegalStateException("plan has problems and must not be imported");
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        List<PlannedRow> withNumber = new ArrayList<>();
        List<PlannedRow> withoutNumber = new ArrayList<>();
        List<PlannedRow> updates = new ArrayList<>();
        for (PlannedRow row : plan.rows()) {
            switch (row.action()) {
                case CREATE -> (row.number() == null ? withoutNumber : withNumber).add(row);
                case UPDATE -> updates.add(row);
                case SKIP -> { }
            }
        }
        int total = withNumber.size() + withoutNumber.size() + updates.size();
        List<Written> written = new ArrayList<>(total);
        List<String> tagNames = jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            int done = 0;
            done = insert(dao, withNumber, null, now, done, total, progress, written);
            List<String> numbers = withoutNumber.isEmpty() ? List.of() : dao.allocateNumbers(withoutNumber.size());
            done = insert(dao, withoutNumber, numbers, now, done, total, progress, written);
            for (PlannedRow row : updates) {
                Customer current = dao.findById(row.existing().id()).orElseThrow(
                        () -> new ConcurrentEditException("customer " + row.existing().number()));
                if (current.version() != row.existing().version()
                        || !dao.update(current, row.details(), now)) {
                    throw new ConcurrentEditException("customer " + current.number());
                }
                if (row.archived() != current.archived()) {
                    dao.setArchived(current.id(), current.version() + 1, row.archived(), now);
                }
                written.add(new Written(current.id(), new NewCustomer(current.number(), row.details(),
                        row.archived(), now)));
                if (++done % 100 == 0) {
                    progress.checkCancelled();
                    progress.update(done, total);
                }
            }
            progress.checkCancelled();
            return dao.tagsInUse();
        });
        customers.index().putAll(entries(written, tagNames));
        progress.update(total, total);
        return new ImportResult(withNumber.size() + withoutNumber.size(), updates.size(),
                (int) plan.count(Action.SKIP), (int) plan.invalidRows());
    }

    private static int insert(CustomerDao dao, List<PlannedRow> rows, List<String> numbers, LocalDateTime now,
            int done, int total, Progress progress, List<Written> written) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            progress.checkCancelled();
            int to = Math.min(rows.size(), from + BATCH);
            List<NewCustomer> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                PlannedRow row = rows.get(i);
                batch.add(new NewCustomer(numbers == null ? row.number() : numbers.get(i), row.details(),
                        row.archived(), now));
            }
            long[] ids = dao.insertAll(batch);
            for (int i = 0; i < ids.length; i++) {
                written.add(new Written(ids[i], batch.get(i)));
            }
            done += to - from;
            progress.update(done, total);
        }
        return done;
    }

    /** A customer the import created or updated, with its id and what it has now. */
    private record Written(long id, NewCustomer customer) {
    }

    /**
     * The written customers as the search index holds them, without reading 100,000 customers back
     * (about a second): each tag spelled as stored (a tag that was there keeps its spelling), and a
     * value that repeats (a town, a first name) as one string, as {@link CustomerDao#listRows} does.
     */
    private static List<SearchableRow> entries(List<Written> written, List<String> tagNames) {
        Map<String, String> spelled = new HashMap<>();
        for (String name : tagNames) {
            spelled.put(Tags.key(name), name);
        }
        Map<String, String> shared = new HashMap<>();
        UnaryOperator<String> share = text -> shared.computeIfAbsent(text, t -> t);
        List<SearchableRow> entries = new ArrayList<>(written.size());
        for (Written w : written) {
            NewCustomer c = w.customer();
            List<String> tags = c.details().tags().stream().map(t -> spelled.getOrDefault(Tags.key(t), t)).toList();
            CustomerListRow row = CustomerListRow.of(w.id(), c.number(), c.details(), c.archived(),
                    c.keys().sortName());
            entries.add(new SearchableRow(row.sharing(share, tags), c.keys().searchText()));
        }
        return entries;
    }

    /** Finds for each row the customer (or the earlier row) it matches and decides what to do. */
    private final class Planner {
        private final DuplicatePolicy policy;
        private final Map<DuplicateKeys.Key, Long> knownIds = new HashMap<>();
        private final Map<Long, String> knownNumbers = new HashMap<>();
        /** The numbers of customers merged into another, with the id of the one kept. */
        private final Map<String, Long> mergedNumbers = new HashMap<>();
        private final Map<DuplicateKeys.Key, Integer> fileRows = new HashMap<>();
        private final Set<String> numbersTaken = new HashSet<>();
        private final List<PlannedRow> rows = new ArrayList<>();
        private final Map<Long, Customer> loaded = new HashMap<>();
        private final Map<Long, Integer> updateIndex = new HashMap<>();
        private final List<RowProblem> notices = new ArrayList<>();
        private final CustomerDao dao;
        private final LocalDate today;
        private final CsvValues values = new CsvValues(messages);
        private final Formats formats = new Formats(messages.locale());

        Planner(DuplicatePolicy policy, CustomerDao dao, LocalDate today) {
            this.policy = policy;
            this.dao = dao;
            this.today = today;
            for (CustomerDao.KeyRow k : dao.allKeyRows()) {
                knownNumbers.put(k.id(), k.customerNumber());
                numbersTaken.add(k.customerNumber());
                put(DuplicateReason.NUMBER, k.customerNumber(), k.id());
                put(DuplicateReason.EMAIL, k.emailNorm(), k.id());
                if (DuplicateKeys.isUsablePhone(k.phoneDigits())) {
                    put(DuplicateReason.PHONE, k.phoneDigits(), k.id());
                }
                if (DuplicateKeys.isUsablePhone(k.mobileDigits())) {
                    put(DuplicateReason.PHONE, k.mobileDigits(), k.id());
                }
                if (!k.nameKey().isEmpty() && k.birthDate() != null) {
                    put(DuplicateReason.NAME_AND_BIRTH_DATE, DuplicateKeys.nameAndBirthDate(k.nameKey(), k.birthDate()),
                            k.id());
                }
                if (!k.nameKey().isEmpty() && !k.postcode().isEmpty()) {
                    put(DuplicateReason.NAME_AND_POSTCODE, DuplicateKeys.nameAndPostcode(k.nameKey(), k.postcode()),
                            k.id());
                }
            }
            // A number merged away stays taken, and names the customer kept: an export made before a merge,
            // imported again, failed on a duplicate number with a database error.
            Map<Long, Long> kept = dao.keptCustomers();
            for (MergeLinks.Merged m : dao.mergedCustomers()) {
                numbersTaken.add(m.customerNumber());
                mergedNumbers.put(m.customerNumber(), kept.get(m.id()));
            }
        }

        private void put(DuplicateReason reason, String value, long id) {
            if (value != null && !value.isEmpty()) {
                knownIds.putIfAbsent(new DuplicateKeys.Key(reason, value), id);
            }
        }

        void add(CustomerRowParser.ParsedRow parsed, List<RowProblem> problems) {
            int row = parsed.row();
            List<DuplicateKeys.Key> keys = DuplicateKeys.of(parsed.number(), parsed.details());
            boolean archived = Boolean.TRUE.equals(parsed.archived());
            Long mergedInto = parsed.number() == null ? null : mergedNumbers.get(parsed.number());
            if (policy != DuplicatePolicy.CREATE && mergedInto != null) {
                // The merge decided what the customer kept has; the old row must not undo that.
                notices.add(RowProblem.of(row, "", "csv.notice.merged", parsed.number(),
                        knownNumbers.get(mergedInto)));
                rows.add(new PlannedRow(row, Action.SKIP, null, parsed.details(), false, null));
                return;
            }
            if (policy != DuplicatePolicy.CREATE) {
                for (DuplicateKeys.Key key : keys) {
                    Long id = knownIds.get(key);
                    if (id != null) {
                        duplicateOfKnown(parsed, id, key.reason(), problems);
                        return;
                    }
                    Integer earlier = fileRows.get(key);
                    if (earlier != null) {
                        duplicateOfEarlierRow(parsed, earlier, key.reason(), problems);
                        return;
                    }
                }
            }
            String number = parsed.number();
            if (number != null && !numbersTaken.add(number)) {
                notices.add(RowProblem.of(row, "", "csv.notice.numberTaken", number));
                number = null;
            }
            for (DuplicateKeys.Key key : keys) {
                if (key.reason() != DuplicateReason.NUMBER || key.value().equals(number)) {
                    fileRows.putIfAbsent(key, rows.size());
                }
            }
            rows.add(new PlannedRow(row, Action.CREATE, number, parsed.details(), archived, null));
        }

        private void duplicateOfKnown(CustomerRowParser.ParsedRow parsed, long id, DuplicateReason reason,
                List<RowProblem> problems) {
            String reasonText = messages.get("duplicate.reason." + reason.name());
            if (policy == DuplicatePolicy.SKIP) {
                notices.add(RowProblem.of(parsed.row(), "", "csv.notice.skipped", knownNumbers.get(id), reasonText));
                rows.add(new PlannedRow(parsed.row(), Action.SKIP, null, parsed.details(), false, null));
                return;
            }
            Customer existing = loaded.computeIfAbsent(id, i -> dao.findById(i).orElseThrow());
            Integer earlierIndex = updateIndex.get(id);
            PlannedRow earlierUpdate = earlierIndex == null ? null : rows.get(earlierIndex);
            CustomerDetails base = earlierUpdate == null ? existing.details() : earlierUpdate.details();
            List<KeptConsent> kept = new ArrayList<>(0);
            CustomerDetails combined = overlay(base, parsed, kept::add);
            List<FieldError> errors = CustomerRules.validate(combined, today);
            if (!errors.isEmpty()) {
                for (FieldError e : errors) {
                    problems.add(RowProblem.of(parsed.row(), "", "csv.problem.updateInvalid", existing.number(),
                            messages.get(e.messageKey(), e.args().toArray())));
                }
                return;
            }
            boolean archived = parsed.archived() == null ? existing.archived() : parsed.archived();
            if (earlierUpdate == null && combined.equals(existing.details()) && archived == existing.archived()) {
                // The row says nothing the customer does not have (a list exported and imported again):
                // counted as left out, not as one of 100,000 "updates" that changed nothing.
                notices.add(RowProblem.of(parsed.row(), "", "csv.notice.unchanged", existing.number(), reasonText));
                rows.add(new PlannedRow(parsed.row(), Action.SKIP, null, parsed.details(), false, null));
                kept.forEach(k -> keptConsent(parsed.row(), existing.number(), k));
                return;
            }
            PlannedRow update = new PlannedRow(parsed.row(), Action.UPDATE, existing.number(), combined, archived,
                    existing);
            if (earlierUpdate != null) {
                // the later row carries everything; the earlier one is folded into it
                rows.set(earlierIndex, new PlannedRow(earlierUpdate.row(), Action.SKIP, null,
                        earlierUpdate.details(), false, null));
            }
            updateIndex.put(id, rows.size());
            rows.add(update);
            notices.add(RowProblem.of(parsed.row(), "", "csv.notice.updated", existing.number(), reasonText));
            kept.forEach(k -> keptConsent(parsed.row(), existing.number(), k));
        }

        /**
         * Tells that a consent stays as stored: "E-Mail consent of customer 1234 stays “yes” (since …):
         * the file's “no” has no later date."
         */
        private void keptConsent(int row, String number, KeptConsent kept) {
            String channel = messages.get("consent.channel." + kept.channel().name());
            String file = values.yesNo(kept.file().granted());
            notices.add(RowProblem.of(row, "", "csv.notice.consentKept", channel, number,
                    values.yesNo(kept.stored().granted()), formats.date(kept.stored().date()), file,
                    file + " " + today));
        }

        private void duplicateOfEarlierRow(CustomerRowParser.ParsedRow parsed, int index, DuplicateReason reason,
                List<RowProblem> problems) {
            PlannedRow earlier = rows.get(index);
            String reasonText = messages.get("duplicate.reason." + reason.name());
            if (policy == DuplicatePolicy.SKIP) {
                notices.add(RowProblem.of(parsed.row(), "", "csv.notice.sameAsRow", earlier.row(), reasonText));
                rows.add(new PlannedRow(parsed.row(), Action.SKIP, null, parsed.details(), false, null));
                return;
            }
            List<KeptConsent> kept = new ArrayList<>(0);
            CustomerDetails combined = overlay(earlier.details(), parsed,
                    earlier.existing() == null ? null : kept::add);
            List<FieldError> errors = CustomerRules.validate(combined, today);
            if (!errors.isEmpty()) {
                for (FieldError e : errors) {
                    problems.add(RowProblem.of(parsed.row(), "", "csv.problem.combineInvalid", earlier.row(),
                            messages.get(e.messageKey(), e.args().toArray())));
                }
                return;
            }
            boolean archived = parsed.archived() == null ? earlier.archived() : parsed.archived();
            rows.set(index, new PlannedRow(earlier.row(), earlier.action(), earlier.number(), combined, archived,
                    earlier.existing()));
            rows.add(new PlannedRow(parsed.row(), Action.SKIP, null, parsed.details(), false, null));
            notices.add(RowProblem.of(parsed.row(), "", "csv.notice.combined", earlier.row(), reasonText));
            kept.forEach(k -> keptConsent(parsed.row(), earlier.existing().number(), k));
        }
    }

    /**
     * The known customer with the row's non-empty values filled in: what an update may change, the
     * same for the window and the command line. An empty cell or a column the file does not have
     * keeps what is stored; tags are added; a note that says something new is added below the stored
     * one (a note the file repeats, or extends, is not doubled); for each consent channel see
     * {@link #consent}; a consent the file does not take over goes to {@code kept}. Without
     * {@code kept} the base is an earlier row of the same file, and the later consent answer wins.
     */
    static CustomerDetails overlay(CustomerDetails base, CustomerRowParser.ParsedRow parsed,
            Consumer<KeptConsent> kept) {
        CustomerDetails d = parsed.details();
        CustomerDetails.Builder b = base.toBuilder();
        for (CustomerColumn column : parsed.present()) {
            switch (column) {
                case GENDER -> b.gender(d.gender());
                case FIRST_NAME -> b.firstName(d.firstName());
                case LAST_NAME -> b.lastName(d.lastName());
                case COMPANY -> b.company(d.company());
                case STREET, HOUSE_NUMBER -> b.street(d.street());
                case POSTCODE -> b.postcode(d.postcode());
                case CITY -> b.city(d.city());
                case COUNTRY -> b.country(d.country());
                case PHONE -> b.phone(d.phone());
                case MOBILE -> b.mobile(d.mobile());
                case EMAIL -> b.email(d.email());
                case BIRTH_DATE -> b.birthDate(d.birthDate());
                case OCCUPATION -> b.occupation(d.occupation());
                case NOTES -> b.notes(notes(base.notes(), d.notes()));
                case STATUS -> b.status(d.status());
                case TAGS -> b.addTags(d.tags());
                case NUMBER, CONSENT_EMAIL, CONSENT_POST, CONSENT_SMS, ARCHIVED, CREATED_AT, UPDATED_AT -> {
                    // the number identifies; consents below; archived by the caller; dates are the system's
                }
            }
        }
        Map<ConsentChannel, Consent> consents = new EnumMap<>(ConsentChannel.class);
        consents.putAll(base.consents());
        d.consents().forEach((channel, answer) -> {
            Consent stored = consents.get(channel);
            if (kept == null) {
                consents.put(channel, Consent.latest(stored, answer));
                return;
            }
            Consent result = consent(stored, answer, parsed.undated().contains(channel));
            consents.put(channel, result);
            if (result == stored && stored.granted() != answer.granted()) {
                kept.accept(new KeptConsent(channel, stored, answer));
            }
        });
        return b.consents(consents).build();
    }

    /**
     * The stored note, with the file's note below it when it says something new. A file exported
     * from Stammkunde and re-imported brings the stored note again (or with a line added in the
     * spreadsheet): that is not doubled. Replacing it would lose what was typed in Stammkunde.
     */
    static String notes(String stored, String file) {
        if (stored.isEmpty() || comparable(file).contains(comparable(stored))) {
            return file;
        }
        return comparable(stored).contains(comparable(file)) ? stored : stored + "\n" + file;
    }

    /** Text as compared: line breaks and runs of spaces as one space (a spreadsheet may change them). */
    private static String comparable(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * A channel's answer after the update. Without a stored answer the file's counts. The same answer
     * keeps the stored one, whose day and source are the shop's proof. A different answer counts when
     * the file gives a day not earlier than the stored one (on the same day a withdrawal wins); a bare
     * "yes" or "no" without a day does not overturn what the customer told the shop, recorded with its day.
     */
    static Consent consent(Consent stored, Consent answer, boolean undated) {
        if (stored == null) {
            return answer;
        }
        if (stored.granted() == answer.granted() || undated) {
            return stored;
        }
        return Consent.latest(stored, answer);
    }

    /** A file's consent answer the update leaves out, and the stored one it keeps. */
    record KeptConsent(ConsentChannel channel, Consent stored, Consent file) {
    }
}
