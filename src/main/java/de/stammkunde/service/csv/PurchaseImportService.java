package de.stammkunde.service.csv;

import de.stammkunde.data.BulkWrites;
import de.stammkunde.data.purchases.NewPurchase;
import de.stammkunde.data.purchases.PurchaseDao;
import de.stammkunde.data.purchases.PurchaseImportDao;
import de.stammkunde.data.purchases.PurchaseImportDao.CardOwner;
import de.stammkunde.data.purchases.PurchaseImportDao.CustomerRef;
import de.stammkunde.data.purchases.PurchaseImportDao.EmailOwner;
import de.stammkunde.data.purchases.PurchaseImportDao.StoredReceipt;
import de.stammkunde.domain.cards.CardNumbers;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Text;
import de.stammkunde.domain.loyalty.PointsRules;
import de.stammkunde.domain.purchases.Money;
import de.stammkunde.domain.purchases.PaymentMethod;
import de.stammkunde.domain.purchases.PurchaseItem;
import de.stammkunde.domain.purchases.PurchaseKind;
import de.stammkunde.domain.purchases.PurchaseRules;
import de.stammkunde.domain.purchases.PurchaseSource;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.ConcurrentEditException;
import de.stammkunde.service.HeapHeadroom;
import de.stammkunde.service.Progress;
import de.stammkunde.service.Workplace;
import de.stammkunde.service.csv.ImportOptions.DuplicatePolicy;
import de.stammkunde.service.csv.ImportPlan.Action;
import de.stammkunde.service.csv.PurchaseImportPlan.PlannedPurchase;
import de.stammkunde.service.csv.PurchaseRowParser.Identity;
import de.stammkunde.service.csv.PurchaseRowParser.Line;
import de.stammkunde.service.customers.CustomerService;
import de.stammkunde.service.loyalty.LoyaltyService;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports purchases from a till's (POS) export with the customer import's rules: {@link #plan} reads
 * and checks the whole file and decides for each purchase without writing; {@link #execute} writes
 * the plan in one transaction, so a failure or a cancel leaves the database as it was.
 *
 * <p>It lives beside the customer import, not in {@code service.purchases}, because it is one more
 * kind of CSV file: reading, detection, mapping and the report are this package's; the purchase
 * rules it applies are the domain's ({@link PurchaseRules}). Imported purchases are history from
 * before the loyalty programme and earn no points unless {@link ImportOptions#awardPoints()} asks.
 */
public final class PurchaseImportService implements CsvImporter<PurchaseColumn, PurchaseImportPlan, PurchaseImportResult> {

    static final int BATCH = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Workplace workplace;
    private final LoyaltyService loyalty;
    private final CustomerService customers;

    public PurchaseImportService(Jdbi jdbi, Clock clock, Workplace workplace, LoyaltyService loyalty,
            CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.workplace = workplace;
        this.loyalty = loyalty;
        this.customers = customers;
    }

    @Override
    public String textPrefix() {
        return "purchaseImport.";
    }

    @Override
    public List<PurchaseColumn> columns() {
        return Arrays.asList(PurchaseColumn.values());
    }

    @Override
    public List<PurchaseColumn> autoMap(List<String> header) {
        return PurchaseColumn.autoMap(header);
    }

    @Override
    public boolean offersPoints() {
        return true;
    }

    @Override
    public String summary(Messages messages, PurchaseImportPlan plan) {
        return messages.get("purchaseImport.report.plan", plan.dataRows(), plan.count(Action.CREATE),
                plan.count(Action.UPDATE), plan.count(Action.SKIP), plan.invalidRows());
    }

    @Override
    public String done(Messages messages, PurchaseImportResult result) {
        return messages.get("purchaseImport.report.done", result.created(), result.items(), result.replaced(),
                result.skipped(), result.invalidRows(), result.activated());
    }

    @Override
    public PurchaseImportPlan plan(Path file, CsvFormat format, List<PurchaseColumn> mapping, ImportOptions options,
            Progress progress) throws IOException {
        try (HeapHeadroom headroom = HeapHeadroom.open()) {
            return readPlan(file, format, mapping, options, progress);
        }
    }

    private PurchaseImportPlan readPlan(Path file, CsvFormat format, List<PurchaseColumn> mapping,
            ImportOptions options, Progress progress) throws IOException {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        try (Handle handle = jdbi.open()) {
            Planner planner = new Planner(handle.attach(PurchaseImportDao.class), options);
            PurchaseRowParser[] parser = new PurchaseRowParser[1];
            int[] headerAt = {1};
            CsvTableReader.Result read = CsvTableReader.read(file, format, this::isHeader, progress,
                    (headerRow, header) -> {
                List<PurchaseColumn> columns = mapping.size() == header.size() ? mapping : autoMap(header);
                parser[0] = new PurchaseRowParser(header, columns, now);
                headerAt[0] = headerRow;
                planner.problems.addAll(parser[0].headerProblems(headerRow));
            }, (row, fields) -> {
                // with a mapping that cannot name a customer, date or amount, every row would say so again
                if (planner.problems.isEmpty() || planner.problems.get(0).row() > headerAt[0]) {
                    planner.add(parser[0].parse(row, fields), parser[0]);
                }
            });
            planner.finish();
            boolean complete = read.finish(planner.problems);
            planner.notices.addAll(read.notices());
            planner.notices.sort(java.util.Comparator.comparingInt(RowProblem::row));
            return new PurchaseImportPlan(read.header(), read.headerRow(), planner.purchases, planner.problems, planner.notices,
                    read.rows(), complete, options);
        }
    }

    /** Writes the plan in one transaction; refuses a plan that may not be imported. */
    @Override
    public PurchaseImportResult execute(PurchaseImportPlan plan, Progress progress) {
        try (HeapHeadroom headroom = HeapHeadroom.open(); BulkWrites bulk = BulkWrites.open(jdbi)) {
            return write(plan, progress);
        }
    }

    private PurchaseImportResult write(PurchaseImportPlan plan, Progress progress) {
        if (!plan.canImport()) {
            throw new IllegalStateException("plan has problems and must not be imported");
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        List<PlannedPurchase> creates = plan.purchases().stream().filter(p -> p.action() == Action.CREATE).toList();
        List<PlannedPurchase> updates = plan.purchases().stream().filter(p -> p.action() == Action.UPDATE).toList();
        int total = creates.size() + updates.size();
        // the rules of the moment, for every purchase of the import (null: no points)
        PointsRules rules = plan.options().awardPoints() ? loyalty.rules() : null;
        // the points, booked after the purchases, take steps of their own: the bar is not full while they run
        int steps = rules == null ? total : 2 * total;
        List<Long> activated = jdbi.inTransaction(h -> {
            PurchaseDao purchases = h.attach(PurchaseDao.class);
            PurchaseImportDao imports = h.attach(PurchaseImportDao.class);
            LoyaltyService.BulkEarning earning = rules == null ? null : loyalty.bulkEarning(h, rules);
            List<PurchaseDao.Earned> earned = new ArrayList<>();
            // a customer merged into another since the plan was made: the purchases are the kept one's
            Map<Long, Long> kept = imports.keptCustomers();
            List<PlannedPurchase> creating = creates.stream().map(p -> ofKept(p, kept)).toList();
            Set<Long> buyers = new HashSet<>();
            for (PlannedPurchase p : plan.purchases()) {
                if (p.action() != Action.SKIP && CustomerStatus.madeActiveBy(p.at(), now)) {
                    buyers.add(ofKept(p, kept).customerId());
                }
            }
            // the points come after every purchase is stored: a purchase's tier counts all the import's purchases
            // before it, as when they were booked one by one in the order made, whatever order the file has
            List<ToEarn> toEarn = new ArrayList<>();
            int done = 0;
            for (int from = 0; from < creating.size(); from += BATCH) {
                progress.checkCancelled();
                List<PlannedPurchase> batch = creating.subList(from, Math.min(creating.size(), from + BATCH));
                long[] ids = purchases.insertAll(batch.stream().map(p -> newPurchase(p, now)).toList());
                for (int i = 0; earning != null && i < ids.length; i++) {
                    toEarn.add(new ToEarn(batch.get(i), ids[i]));
                }
                done += batch.size();
                progress.update(done, steps);
            }
            for (PlannedPurchase p : updates) {
                PlannedPurchase replaced = ofKept(p, kept);
                replace(purchases, imports, replaced);
                if (earning != null) {
                    toEarn.add(new ToEarn(replaced, replaced.existingId()));
                }
                if (++done % 100 == 0) {
                    progress.checkCancelled();
                    progress.update(done, steps);
                }
            }
            for (int i = 0; i < toEarn.size(); i++) {
                earn(earning, earned, toEarn.get(i).purchase(), toEarn.get(i).id());
                if ((i + 1) % BATCH == 0) {
                    book(earning, purchases, earned);
                    progress.checkCancelled();
                    progress.update(total + i + 1, steps);
                }
            }
            book(earning, purchases, earned);
            List<Long> changed = customers.markActive(h, buyers, now);
            progress.checkCancelled();
            return changed;
        });
        customers.showActive(activated);
        progress.update(steps, steps);
        int items = 0;
        for (PlannedPurchase p : plan.purchases()) {
            items += p.action() == Action.SKIP ? 0 : p.items().size();
        }
        return new PurchaseImportResult(creates.size(), items, updates.size(), (int) plan.count(Action.SKIP),
                (int) plan.invalidRows(), activated.size());
    }

    private static PlannedPurchase ofKept(PlannedPurchase p, Map<Long, Long> kept) {
        Long to = kept.get(p.customerId());
        return to == null ? p : new PlannedPurchase(p.rows(), p.action(), to, p.customerNumber(), p.receipt(), p.at(),
                p.total(), p.payment(), p.items(), p.existingId());
    }

    private NewPurchase newPurchase(PlannedPurchase p, LocalDateTime now) {
        return new NewPurchase(p.customerId(), PurchaseKind.SALE, p.at(), p.receipt(), p.total(), p.total(),
                p.payment(), null, "", PurchaseSource.IMPORT, workplace.who(), now, p.items());
    }

    private static void replace(PurchaseDao purchases, PurchaseImportDao imports, PlannedPurchase p) {
        long id = p.existingId();
        if (imports.replaceImported(id, p.at(), p.total(), p.payment().name()) != 1) {
            throw new ConcurrentEditException("purchase " + id);
        }
        imports.deleteItems(id);
        if (!p.items().isEmpty()) {
            List<Long> ids = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < p.items().size(); i++) {
                ids.add(id);
                lines.add(i + 1);
            }
            purchases.insertItems(ids, lines, p.items());
        }
    }

    /** A stored purchase whose points are booked once all the import's purchases are stored. */
    private record ToEarn(PlannedPurchase purchase, long id) {
    }

    /** Earns the purchase's points; the purchase notes them at the next {@link #book}. */
    private static void earn(LoyaltyService.BulkEarning earning, List<PurchaseDao.Earned> earned, PlannedPurchase p,
            long id) {
        int points = earning.earn(p.customerId(), id, p.total(), p.at());
        if (points != 0) {
            // as updateOutcome(id, Money.ZERO, Money.ZERO, p.total(), points, 0, null, "")
            earned.add(new PurchaseDao.Earned(id, p.total(), points));
        }
    }

    /** Writes the points earned since the last time: the ledger's lots and balances, each purchase's points. */
    private static void book(LoyaltyService.BulkEarning earning, PurchaseDao purchases,
            List<PurchaseDao.Earned> earned) {
        if (earning == null) {
            return;
        }
        earning.flush();
        if (!earned.isEmpty()) {
            purchases.updateEarned(earned);
            earned.clear();
        }
    }

    /** The customer a row names, and whether it was named by a blocked card. */
    private record Match(long customerId, String customerNumber, boolean blockedCard) {
    }

    /** The rows of one receipt of one customer (a row without receipt number is a purchase of its own). */
    private record GroupKey(long customerId, String receipt, int row) {
    }

    private static final class Group {
        final Match customer;
        final List<Line> lines = new ArrayList<>();

        Group(Match customer) {
            this.customer = customer;
        }
    }

    /** Finds each row's customer, gathers the rows of a receipt and decides what happens to each purchase. */
    private static final class Planner {
        final List<RowProblem> problems = new ArrayList<>();
        final List<RowProblem> notices = new ArrayList<>();
        final List<PlannedPurchase> purchases = new ArrayList<>();
        private final PurchaseImportDao dao;
        private final ImportOptions options;
        private final Map<String, Optional<Match>> known = new HashMap<>();
        private final Map<GroupKey, Group> groups = new LinkedHashMap<>();
        private Map<String, List<CustomerRef>> byEmail;
        private PurchaseRowParser parser;

        Planner(PurchaseImportDao dao, ImportOptions options) {
            this.dao = dao;
            this.options = options;
        }

        void add(Line line, PurchaseRowParser rowParser) {
            this.parser = rowParser;
            Match match = line.identity() == null ? null : customer(line);
            if (match == null) {
                problems.addAll(line.problems());
                return;
            }
            GroupKey key = new GroupKey(match.customerId(), line.receipt(), line.receipt().isEmpty() ? line.row() : 0);
            groups.computeIfAbsent(key, k -> new Group(match)).lines.add(line);
        }

        /** The row's customer, or null after adding to the row's problems why there is none. */
        private Match customer(Line line) {
            Identity id = line.identity();
            String value = id.column() == PurchaseColumn.CARD ? id.value().replace(" ", "") : id.value();
            String cacheKey = id.column() + ":" + (id.column() == PurchaseColumn.EMAIL ? Text.emailKey(value) : value);
            Optional<Match> match = known.computeIfAbsent(cacheKey, k -> lookUp(id.column(), value));
            if (match.isEmpty()) {
                String key = switch (id.column()) {
                    case NUMBER -> "purchaseImport.problem.unknownNumber";
                    case CARD -> "purchaseImport.problem.unknownCard";
                    default -> customersByEmail(Text.emailKey(value)).size() > 1
                            ? "purchaseImport.problem.emailAmbiguous" : "purchaseImport.problem.unknownEmail";
                };
                line.problems().add(RowProblem.of(line.row(), id.header(), key, id.value()));
                return null;
            }
            if (match.get().blockedCard()) {
                notices.add(RowProblem.of(line.row(), id.header(), "purchaseImport.notice.blockedCard",
                        CardNumbers.printed(value), match.get().customerNumber()));
            }
            return match.get();
        }

        private Optional<Match> lookUp(PurchaseColumn column, String value) {
            return switch (column) {
                case NUMBER -> dao.customerByNumber(value).map(c -> new Match(c.id(), c.customerNumber(), false));
                case CARD -> dao.cardOwner(value).map((CardOwner c) -> new Match(c.customerId(), c.customerNumber(),
                        c.blockedAt() != null));
                default -> {
                    List<CustomerRef> found = customersByEmail(Text.emailKey(value));
                    yield found.size() == 1
                            ? Optional.of(new Match(found.get(0).id(), found.get(0).customerNumber(), false))
                            : Optional.empty();
                }
            };
        }

        /** The customers with this e-mail key; the first asks the database for all addresses. */
        private List<CustomerRef> customersByEmail(String key) {
            if (byEmail == null) {
                byEmail = new HashMap<>();
                for (EmailOwner owner : dao.emailOwners()) {
                    byEmail.computeIfAbsent(owner.emailNorm(), k -> new ArrayList<>(1))
                            .add(new CustomerRef(owner.id(), owner.customerNumber()));
                }
            }
            return byEmail.getOrDefault(key, List.of());
        }

        void finish() {
            for (Group group : groups.values()) {
                plan(group);
            }
        }

        private void plan(Group group) {
            List<Line> lines = group.lines;
            Line first = lines.get(0);
            Optional<Line> broken = lines.stream().filter(l -> !l.problems().isEmpty()).findFirst();
            if (broken.isPresent()) {
                lines.forEach(l -> problems.addAll(l.problems()));
                reject(group, broken.get().row());
                return;
            }
            LocalDateTime at = null;
            BigDecimal total = null;
            PaymentMethod payment = null;
            List<PurchaseItem> items = new ArrayList<>();
            for (Line line : lines) {
                if (line.at() != null && at != null && !line.at().equals(at)) {
                    fail(group, line, PurchaseColumn.DATE, "purchaseImport.problem.dateDiffers", first.row());
                    return;
                }
                if (line.total() != null && total != null && line.total().compareTo(total) != 0) {
                    fail(group, line, PurchaseColumn.TOTAL, "purchaseImport.problem.totalDiffers", first.row());
                    return;
                }
                at = at == null ? line.at() : at;
                total = total == null ? line.total() : total;
                payment = payment == null ? line.payment() : payment;
                if (line.hasItem()) {
                    PurchaseItem item = item(line, lines.size() == 1);
                    if (item == null) {
                        fail(group, line, PurchaseColumn.PRICE, "purchaseImport.problem.noPrice");
                        return;
                    }
                    items.add(item);
                }
            }
            if (at == null) {
                fail(group, first, PurchaseColumn.DATE, "purchaseImport.problem.noDate");
                return;
            }
            if (total == null && items.isEmpty()) {
                fail(group, first, PurchaseColumn.TOTAL, "purchaseImport.problem.noAmount");
                return;
            }
            BigDecimal itemsTotal = PurchaseRules.itemsTotal(items);
            if (total == null) {
                total = itemsTotal;
                if (total.signum() <= 0) {
                    fail(group, first, PurchaseColumn.PRICE, "purchaseImport.problem.zero");
                    return;
                }
                // as a total in its column (and at the counter): beyond it, a slip that may not fit the database
                if (total.compareTo(PurchaseRules.MAX_TOTAL) > 0) {
                    fail(group, first, PurchaseColumn.PRICE, "purchaseImport.problem.tooLarge", total);
                    return;
                }
            } else if (!items.isEmpty() && itemsTotal.compareTo(total) != 0) {
                fail(group, first, PurchaseColumn.TOTAL, "purchaseImport.problem.itemsDoNotMatch", itemsTotal, total);
                return;
            }
            decide(group, at, Money.of(total), payment == null ? PaymentMethod.OTHER : payment, items);
        }

        /** The row's item; a single row's item without a price costs the row's total. Null when unpriced. */
        private static PurchaseItem item(Line line, boolean alone) {
            BigDecimal quantity = line.quantity() == null ? BigDecimal.ONE : line.quantity();
            BigDecimal price = line.price();
            if (price == null && alone && line.total() != null) {
                BigDecimal each = line.total().divide(quantity, 2, RoundingMode.HALF_UP);
                price = Money.of(each.multiply(quantity)).compareTo(line.total()) == 0 ? each : null;
            }
            return price == null ? null : new PurchaseItem(line.item(), quantity, price);
        }

        private void decide(Group group, LocalDateTime at, BigDecimal total, PaymentMethod payment,
                List<PurchaseItem> items) {
            Line first = group.lines.get(0);
            List<Integer> rows = group.lines.stream().map(Line::row).toList();
            Match customer = group.customer;
            String receipt = first.receipt();
            List<StoredReceipt> stored = receipt.isEmpty() || options.onDuplicate() == DuplicatePolicy.CREATE
                    ? List.of() : dao.storedReceipts(customer.customerId(), receipt);
            Action action = Action.CREATE;
            Long existing = null;
            if (!stored.isEmpty() && options.onDuplicate() == DuplicatePolicy.SKIP) {
                action = Action.SKIP;
                notices.add(RowProblem.of(first.row(), "", "purchaseImport.notice.skipped", receipt,
                        customer.customerNumber()));
            } else if (stored.size() == 1 && unchanged(stored.get(0), at, total, payment, items)) {
                // The same file imported again (each night, with its points): nothing to replace, nor to refuse.
                action = Action.SKIP;
                notices.add(RowProblem.of(first.row(), "", "purchaseImport.notice.unchanged", receipt,
                        customer.customerNumber()));
            } else if (!stored.isEmpty()) {
                String refusal = refusal(stored);
                if (refusal != null) {
                    fail(group, first, PurchaseColumn.RECEIPT, refusal, receipt);
                    return;
                }
                action = Action.UPDATE;
                existing = stored.get(0).id();
                notices.add(RowProblem.of(first.row(), "", "purchaseImport.notice.replaces", receipt,
                        customer.customerNumber()));
            }
            purchases.add(new PlannedPurchase(rows, action, customer.customerId(), customer.customerNumber(), receipt,
                    at, total, payment, items, existing));
        }

        /** Whether an imported receipt is stored just as the file has it now. */
        private boolean unchanged(StoredReceipt s, LocalDateTime at, BigDecimal total, PaymentMethod payment,
                List<PurchaseItem> items) {
            if (!PurchaseSource.IMPORT.name().equals(s.source()) || !at.equals(s.purchasedAt())
                    || total.compareTo(s.total()) != 0 || !payment.name().equals(s.paymentMethod())) {
                return false;
            }
            List<PurchaseItem> storedItems = dao.items(s.id());
            if (storedItems.size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                PurchaseItem a = items.get(i);
                PurchaseItem b = storedItems.get(i);
                if (!a.description().equals(b.description()) || a.quantity().compareTo(b.quantity()) != 0
                        || a.unitPrice().compareTo(b.unitPrice()) != 0) {
                    return false;
                }
            }
            return true;
        }

        /** Why a stored receipt may not be replaced, as a message key; null when it may. */
        private static String refusal(List<StoredReceipt> stored) {
            if (stored.size() > 1) {
                return "purchaseImport.problem.severalStored";
            }
            StoredReceipt s = stored.get(0);
            if (!PurchaseSource.IMPORT.name().equals(s.source())) {
                return "purchaseImport.problem.counterPurchase";
            }
            if (s.refundId() != null) {
                return "purchaseImport.problem.refunded";
            }
            return s.pointsEarned() != 0 ? "purchaseImport.problem.pointsBooked" : null;
        }

        /** A problem of {@code line} that keeps its whole receipt out. */
        private void fail(Group group, Line line, PurchaseColumn column, String key, Object... args) {
            problems.add(RowProblem.of(line.row(), parser.header(column), key, args));
            reject(group, line.row());
        }

        /** Every other row of the receipt is left out with it. */
        private void reject(Group group, int brokenRow) {
            for (Line line : group.lines) {
                if (line.row() != brokenRow && line.problems().isEmpty()) {
                    problems.add(RowProblem.of(line.row(), "", "purchaseImport.problem.receiptLeftOut", brokenRow));
                }
            }
        }
    }
}
