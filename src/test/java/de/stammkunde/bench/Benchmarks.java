package de.stammkunde.bench;

import de.stammkunde.app.AppContext;
import de.stammkunde.app.DataDirectory;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.Gender;
import de.stammkunde.service.Progress;
import de.stammkunde.service.csv.CsvFormat;
import de.stammkunde.service.csv.CustomerColumn;
import de.stammkunde.service.csv.ExportService;
import de.stammkunde.service.csv.ImportOptions;
import de.stammkunde.service.csv.ImportPlan;
import de.stammkunde.service.csv.ImportResult;
import de.stammkunde.service.csv.ImportService;
import de.stammkunde.service.customers.CustomerIndex;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The speed and memory figures of issue 2, each beside a raw baseline measured on the same data in
 * the same run. Run with {@code mvn -q -Pbench verify -DskipTests} (see docs/BENCHMARKS.md); prints
 * the machine, then one line per figure. Lives in test scope so it is never shipped. The bench
 * profile runs it with the app's own JVM options ({@code bench.appJvmOptions}, by default
 * {@code app.jvmOptions}), so the services here run as in the installed app.
 *
 * <p>System properties: {@code bench.customers} (default 100000), {@code bench.jar} (the packaged
 * app, for the start-up figures), {@code bench.phases} (e.g. {@code search,startup}; default all),
 * {@code bench.dir} (where the temporary data folders go, default
 * the system's temp folder), {@code bench.keep=true} to keep them afterwards.
 */
public final class Benchmarks {

    private static final Locale LOCALE = Locale.GERMANY;
    private static final long SEED = 1;
    private static final int SEARCH_WARMUP_PASSES = 3;
    private static final int SEARCH_PASSES = 5;
    private static final int DUPLICATE_PASSES = 3;
    // A JDBC search over 100,000 customers takes some 300 ms here: one pass, after a short warm-up,
    // keeps the run short.
    private static final int JDBC_WARMUP_QUERIES = 30;
    private static final int JDBC_PASSES = 1;
    private static final int GUI_RUNS = 3;
    private static final String XVFB = "xvfb-run -a -s '-screen 0 1280x800x24'";
    private static final Pattern WINDOW_SHOWN = Pattern.compile("First window shown after (\\d+) ms JVM uptime");

    /** The customer columns a raw INSERT writes: every column the app's own insert writes. */
    private static final String CUSTOMER_COLUMNS = "customer_number, gender, first_name, last_name, company, street,"
            + " postcode, city, country, phone, mobile, email, birth_date, occupation, notes, status, archived,"
            + " email_norm, phone_digits, mobile_digits, name_key, sort_name, search_text, created_at, updated_at,"
            + " version";

    /** The columns the export dialog ticks by default, in the file's order. */
    private static final List<CustomerColumn> DEFAULT_EXPORT = Stream.of(CustomerColumn.values())
            .filter(CustomerColumn.EXPORT_DEFAULT::contains).toList();

    /** The export columns that are plain columns of the customer table, in the export's order. */
    private static final List<CustomerColumn> TABLE_COLUMNS = List.of(CustomerColumn.NUMBER,
            CustomerColumn.FIRST_NAME, CustomerColumn.LAST_NAME, CustomerColumn.COMPANY, CustomerColumn.STREET,
            CustomerColumn.POSTCODE, CustomerColumn.CITY, CustomerColumn.COUNTRY, CustomerColumn.PHONE,
            CustomerColumn.MOBILE, CustomerColumn.EMAIL, CustomerColumn.BIRTH_DATE, CustomerColumn.OCCUPATION,
            CustomerColumn.NOTES);
    private static final String TABLE_COLUMNS_SQL = "c.customer_number, c.first_name, c.last_name, c.company,"
            + " c.street, c.postcode, c.city, c.country, c.phone, c.mobile, c.email, c.birth_date, c.occupation,"
            + " c.notes";
    private static final String ACTIVE_BY_NAME = " FROM customer c WHERE c.merged_into_id IS NULL"
            + " AND c.archived = FALSE ORDER BY c.sort_name, c.id";

    private final int customers;
    private final Path work;
    private final String jar;

    private Benchmarks(int customers, Path work, String jar) {
        this.customers = customers;
        this.work = work;
        this.jar = jar;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bare-window")) {
            Application.launch(BareWindow.class);
            return;
        }
        Logger.getLogger("").setLevel(Level.WARNING);
        int customers = Integer.getInteger("bench.customers", 100_000);
        String dir = System.getProperty("bench.dir", System.getProperty("java.io.tmpdir"));
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of(dir)), "stammkunde-bench-");
        Benchmarks bench = new Benchmarks(customers, work, System.getProperty("bench.jar"));
        try {
            bench.run();
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                deleteTree(work);
            }
        }
        System.exit(0);
    }

    private void run() throws Exception {
        printMachine();
        Path data = work.resolve("data");
        Path baseline = work.resolve("baseline");
        Path csv = work.resolve("customers.csv");
        try (AppContext app = AppContext.open(data, LOCALE); AppContext raw = AppContext.open(baseline, LOCALE)) {
            phase("demo_data", () -> demoData(app, raw));
            if (selected("search")) {
                phase("search", () -> search(app));
            }
            if (selected("export") || selected("import")) {
                phase("export", () -> export(app, csv));
            }
        }
        if (selected("import")) {
            // As in the app, only the data folder imported into is open (and its search index in
            // memory): the two above, with 100,000 customers each, are closed.
            phase("import", () -> importFile(csv, DEFAULT_EXPORT, baseline));
        }
        if (selected("counter")) {
            try (AppContext counter = AppContext.open(work.resolve("counter"), LOCALE)) {
                phase("counter", () -> new CounterBenchmarks(counter).run(customers,
                        Double.parseDouble(System.getProperty("bench.purchasesPerCustomer", "20")), work));
            }
        }
        if (selected("startup")) {
            // The import's hundreds of megabytes still being written to disk would slow the start.
            new ProcessBuilder("sync").inheritIO().start().waitFor();
            Thread.sleep(5000);
            phase("startup", () -> startup(data));
        }
        System.out.printf("# load     at the end: %s%n", loadAverage());
    }

    /** Whether {@code bench.phases} (default: all) names the phase; demo data always runs, the others need it. */
    private static boolean selected(String phase) {
        String phases = System.getProperty("bench.phases", "").strip();
        return phases.isEmpty() || List.of(phases.split("\\s*,\\s*")).contains(phase);
    }

    /** Other work on the machine skews every figure; the load average shows whether there was any. */
    private static String loadAverage() throws IOException {
        List<String> lines = readLines(Path.of("/proc/loadavg"));
        return lines.isEmpty() ? "unknown" : lines.get(0) + " (1, 5, 15 min; running/all; last pid)";
    }

    // ---- machine ---------------------------------------------------------------------------------

    private void printMachine() throws IOException {
        String cpu = "unknown";
        boolean virtual = false;
        for (String line : readLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name") && cpu.equals("unknown")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
            }
            virtual |= line.startsWith("flags") && line.contains(" hypervisor");
        }
        long memKb = 0;
        for (String line : readLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memKb = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        String os = System.getProperty("os.name");
        for (String line : readLines(Path.of("/etc/os-release"))) {
            if (line.startsWith("PRETTY_NAME=")) {
                os = line.substring(12).replace("\"", "");
            }
        }
        System.out.printf(Locale.ROOT, "# Stammkunde benchmarks, %d customers, %s%n", customers, LocalDate.now());
        System.out.printf(Locale.ROOT, "# machine  cpu=\"%s\" cores=%d%s ram=%.1fGiB%n", cpu,
                Runtime.getRuntime().availableProcessors(), virtual ? " (virtual machine)" : "",
                memKb / 1024.0 / 1024.0);
        System.out.printf(Locale.ROOT, "# machine  os=\"%s\" kernel=%s %s jdk=\"%s %s\" heap_max=%dMiB%n", os,
                System.getProperty("os.version"), System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        System.out.printf("# machine  harness JVM options %s%n",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(o -> o.startsWith("-X")).toList());
        System.out.printf("# data     %s%n", work);
        System.out.printf("# load     at the start: %s%n", loadAverage());
    }

    private static List<String> readLines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    // ---- demo data ---------------------------------------------------------------------------------

    /** The app's demo data vs. a batched JDBC INSERT of the very same customer rows into an empty database. */
    private void demoData(AppContext app, AppContext raw) throws Exception {
        long start = System.nanoTime();
        // Customers only, as the raw insert beside it: purchase histories are issue 3's figures.
        app.demoData().create(customers, SEED, 0, Progress.NONE);
        double ours = seconds(start);

        List<Object[]> rows = customerRows(app);
        double jdbc = time(() -> insertRaw(raw, rows));
        figure("demo_data.s", "ours", ours, "jdbc_insert", jdbc, "<=30s", ours <= 30);

        double load = time(() -> app.customers().loadIndex());
        info("demo_data.index_load_s", "ours", load, "part of demo_data.s: reading all list rows into the index");
    }

    private static List<Object[]> customerRows(AppContext app) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = app.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + CUSTOMER_COLUMNS + " FROM customer ORDER BY id")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Batches of 2,000 rows per transaction, as the demo data writes them. */
    private static void insertRaw(AppContext raw, List<Object[]> rows) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(rows.get(0).length, "?"));
        try (Connection c = raw.database().dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO customer (" + CUSTOMER_COLUMNS + ") VALUES (" + marks + ")")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                for (int col = 0; col < row.length; col++) {
                    insert.setObject(col + 1, row[col]);
                }
                insert.addBatch();
                if ((i + 1) % 2000 == 0 || i == rows.size() - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            c.setAutoCommit(true);
        }
    }

    // ---- search ------------------------------------------------------------------------------------

    /**
     * The in-memory index the list searches as you type vs. a prepared JDBC query with the same
     * terms, filter and order that returns all matching ids (the list shows every match).
     */
    private void search(AppContext app) throws Exception {
        CustomerIndex index = app.customers().index();
        List<String> texts = searchTexts(app, index);
        List<CustomerQuery> queries = texts.stream().map(CustomerQuery::text).toList();
        try (Connection c = app.database().dataSource().getConnection(); JdbcSearch jdbc = new JdbcSearch(c)) {
            int mismatches = 0;
            int[] counts = new int[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                List<Long> ids = index.search(queries.get(i)).stream().map(CustomerListRow::id).toList();
                if (!ids.equals(jdbc.ids(queries.get(i)))) {
                    mismatches++;
                }
                counts[i] = ids.size();
            }
            int[] sortedCounts = counts.clone();
            Arrays.sort(sortedCounts);
            System.out.printf(Locale.ROOT, "# search   %d queries (e.g. %s), matches per query: median %d, max %d,"
                    + " %d with none; index and JDBC disagree on %d%n", queries.size(),
                    String.join(" ", texts.subList(0, 8)), percentile(sortedCounts, 0.5),
                    sortedCounts[sortedCounts.length - 1], Arrays.stream(counts).filter(n -> n == 0).count(),
                    mismatches);

            // Each in its own block, so that neither runs amid the other's garbage and cache misses.
            long[] indexNanos = timeQueries(queries, SEARCH_WARMUP_PASSES, SEARCH_PASSES,
                    q -> index.search(q).size());
            long[] uiNanos = timeQueries(queries, SEARCH_WARMUP_PASSES, SEARCH_PASSES,
                    q -> index.search(q).size() + index.tags().size());
            for (CustomerQuery q : queries.subList(0, Math.min(JDBC_WARMUP_QUERIES, queries.size()))) {
                jdbc.ids(q);
            }
            long[] jdbcNanos = timeQueries(queries, 0, JDBC_PASSES, q -> jdbc.ids(q).size());
            double p50 = percentile(indexNanos, 0.5) / 1e6;
            double p95 = percentile(indexNanos, 0.95) / 1e6;
            double j50 = percentile(jdbcNanos, 0.5) / 1e6;
            double j95 = percentile(jdbcNanos, 0.95) / 1e6;
            figure("search.p50_ms", "index", p50, "jdbc", j50, "info", null);
            figure("search.p95_ms", "index", p95, "jdbc", j95, "<=15ms and <=1.3x", p95 <= 15 && p95 <= 1.3 * j95);
            figure("search.with_tags_p95_ms", "index", percentile(uiNanos, 0.95) / 1e6, "jdbc", j95,
                    "info: search+tags()", null);
        }
        duplicateCheck(app);
    }

    /**
     * The new-customer form's duplicate check (one read of all customers, V5), with the details of
     * customers that are there, so that each finds at least itself; every 1,000th customer by name.
     */
    private static void duplicateCheck(AppContext app) throws Exception {
        List<CustomerListRow> all = app.customers().index().search(CustomerQuery.all());
        List<CustomerDetails> typed = new ArrayList<>();
        for (int i = 0; i < all.size(); i += Math.max(1, all.size() / 100)) {
            typed.add(app.customers().find(all.get(i).id()).orElseThrow().details());
        }
        long[] nanos = new long[typed.size() * DUPLICATE_PASSES];
        int found = 0;
        for (int pass = -1; pass < DUPLICATE_PASSES; pass++) {
            for (int i = 0; i < typed.size(); i++) {
                CustomerDetails details = typed.get(i);
                int[] hits = {0};
                long took = nanos(() -> hits[0] = app.customers().duplicates(details, 0).size());
                if (pass >= 0) {
                    nanos[pass * typed.size() + i] = took;
                    found += hits[0] > 0 ? 1 : 0;
                }
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "duplicates.check_ms        p50=%-7s p95=%-7s (%d checks, %d found the customer;"
                + " the form runs it in the background as a new customer is typed)  INFO%n",
                number(percentile(nanos, 0.5) / 1e6), number(percentile(nanos, 0.95) / 1e6), nanos.length, found);
    }

    private interface Search {
        int run(CustomerQuery query) throws Exception;
    }

    /** Every query once per pass; the times of the measured passes, sorted. */
    private static long[] timeQueries(List<CustomerQuery> queries, int warmup, int passes, Search search)
            throws Exception {
        long[] times = new long[queries.size() * passes];
        for (int pass = 0; pass < warmup + passes; pass++) {
            for (int i = 0; i < queries.size(); i++) {
                CustomerQuery query = queries.get(i);
                long took = nanos(() -> search.run(query));
                if (pass >= warmup) {
                    times[(pass - warmup) * queries.size() + i] = took;
                }
            }
        }
        Arrays.sort(times);
        return times;
    }

    /** The hand-written baseline: one prepared statement per number of terms, reused. */
    private static final class JdbcSearch implements AutoCloseable {
        private final Connection connection;
        private final Map<Integer, PreparedStatement> statements = new HashMap<>();

        JdbcSearch(Connection connection) {
            this.connection = connection;
        }

        List<Long> ids(CustomerQuery query) throws SQLException {
            List<String> terms = query.terms();
            PreparedStatement s = statements.computeIfAbsent(terms.size(), this::prepare);
            for (int i = 0; i < terms.size(); i++) {
                s.setString(i + 1, "%" + terms.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }

        private PreparedStatement prepare(int terms) {
            StringBuilder sql = new StringBuilder(
                    "SELECT c.id FROM customer c WHERE c.merged_into_id IS NULL AND c.archived = FALSE");
            for (int i = 0; i < terms; i++) {
                sql.append(" AND c.search_text LIKE ? ESCAPE '!'");
            }
            sql.append(" ORDER BY c.sort_name, c.id");
            try {
                return connection.prepareStatement(sql.toString());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
        }
    }

    /**
     * What people type into the search box, keystroke by keystroke, drawn from the data with a fixed
     * seed: names, first name plus surname, company words, phone and customer numbers, e-mail parts,
     * and city and street fragments (which the list does not search, so they mostly find nothing).
     */
    private static List<String> searchTexts(AppContext app, CustomerIndex index) {
        List<CustomerListRow> rows = index.search(CustomerQuery.all());
        Random random = new Random(20_260_101L);
        List<String> texts = new ArrayList<>();
        for (CustomerListRow r : pick(rows, random, 12, r -> !r.lastName().isEmpty())) {
            typed(texts, r.lastName().toLowerCase(Locale.ROOT), 1, 6);
        }
        for (CustomerListRow r : pick(rows, random, 6, r -> !r.lastName().isEmpty() && !r.firstName().isEmpty())) {
            typed(texts, r.firstName().toLowerCase(Locale.ROOT) + " " + r.lastName().toLowerCase(Locale.ROOT),
                    r.firstName().length(), r.firstName().length() + 4);
        }
        texts.add("gmbh");
        for (CustomerListRow r : pick(rows, random, 6, r -> r.company().length() >= 4)) {
            String word = Stream.of(r.company().split(" ")).filter(w -> w.length() >= 4).findFirst()
                    .orElse(r.company());
            typed(texts, word.toLowerCase(Locale.ROOT), 3, 5);
        }
        for (CustomerListRow r : pick(rows, random, 8, r -> r.mobile().length() >= 10)) {
            for (int length : new int[] {4, 6, 8, 10}) {
                texts.add(r.mobile().substring(0, length).strip());
            }
        }
        for (CustomerListRow r : pick(rows, random, 4, r -> r.phone().length() >= 9)) {
            for (int length : new int[] {4, 6, 9}) {
                texts.add(r.phone().substring(0, length).strip());
            }
        }
        for (CustomerListRow r : pick(rows, random, 10, r -> true)) {
            typed(texts, r.number(), 3, 6);
        }
        for (CustomerListRow r : pick(rows, random, 8, r -> r.email().contains("@"))) {
            String email = r.email().toLowerCase(Locale.ROOT);
            int at = email.indexOf('@');
            texts.add(email.substring(at, Math.min(email.length(), at + 4)));
            texts.add(email.substring(0, Math.min(at, 5)));
            texts.add(email.substring(0, at + 1));
        }
        List<String[]> places = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT city, street FROM customer WHERE city <> '' AND street <> '' ORDER BY id")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
        for (int i = 0; i < 6; i++) {
            typed(texts, places.get(random.nextInt(places.size()))[0].toLowerCase(Locale.ROOT), 3, 4);
        }
        for (int i = 0; i < 4; i++) {
            typed(texts, places.get(random.nextInt(places.size()))[1].toLowerCase(Locale.ROOT), 4, 5);
        }
        return texts;
    }

    private static void typed(List<String> texts, String full, int from, int to) {
        for (int length = from; length <= Math.min(to, full.length()); length++) {
            String text = full.substring(0, length).strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
    }

    private static List<CustomerListRow> pick(List<CustomerListRow> rows, Random random, int count,
            java.util.function.Predicate<CustomerListRow> fits) {
        List<CustomerListRow> picked = new ArrayList<>();
        while (picked.size() < count) {
            CustomerListRow row = rows.get(random.nextInt(rows.size()));
            if (fits.test(row)) {
                picked.add(row);
            }
        }
        return picked;
    }

    // ---- export ------------------------------------------------------------------------------------

    /**
     * The export vs. H2's CSVWRITE of a query with the same rows, order and columns: once with the
     * columns the export dialog ticks by default (tags, consents and labels in SQL too), once with
     * only the columns that are plain columns of the customer table.
     */
    private void export(AppContext app, Path csv) throws Exception {
        List<CustomerColumn> all = DEFAULT_EXPORT;
        Path ours = work.resolve("export-ours.csv");
        Path theirs = work.resolve("export-csvwrite.csv");
        exportPair(app, "export.s", all, defaultColumnsSql(app), ours, theirs);
        Files.copy(ours, csv);
        exportPair(app, "export.table_columns_s", TABLE_COLUMNS, "SELECT " + TABLE_COLUMNS_SQL + ACTIVE_BY_NAME,
                ours, theirs);
    }

    private void exportPair(AppContext app, String name, List<CustomerColumn> columns, String sql, Path ours,
            Path theirs) throws Exception {
        ExportService.Request request = new ExportService.Request(CustomerQuery.all(), columns, ';');
        double[] oursTimes = new double[4];
        double[] csvTimes = new double[4];
        for (int run = 0; run < 4; run++) {
            oursTimes[run] = time(() -> app.exporter().export(request, ours, Progress.NONE));
            csvTimes[run] = time(() -> csvWrite(app, sql, theirs));
        }
        double a = median(Arrays.copyOfRange(oursTimes, 1, 4));
        double b = median(Arrays.copyOfRange(csvTimes, 1, 4));
        figure(name, "ours", a, "csvwrite", b, "<=1.5s and <=1.2x", a <= 1.5 && a <= 1.2 * b);
        figure(name.substring(0, name.length() - 2) + ".first_run_s", "ours", oursTimes[0], "csvwrite", csvTimes[0], "info",
                null);
        System.out.printf(Locale.ROOT, "# %s  files: ours %d lines %.1f MB, csvwrite %d lines %.1f MB%n", name,
                lineCount(ours), Files.size(ours) / 1e6, lineCount(theirs), Files.size(theirs) / 1e6);
    }

    private static void csvWrite(AppContext app, String sql, Path file) throws SQLException {
        try (Connection c = app.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("CALL CSVWRITE(?, ?, ?)")) {
            s.setString(1, file.toString());
            s.setString(2, sql);
            s.setString(3, "charset=UTF-8 fieldSeparator=; lineSeparator=\r\n");
            s.execute();
        }
    }

    /** The default export in SQL: the same columns, labels in the user's language, tags and consents joined. */
    private static String defaultColumnsSql(AppContext app) {
        var m = app.messages();
        StringBuilder gender = new StringBuilder("CASE c.gender");
        for (Gender g : Gender.values()) {
            gender.append(" WHEN '").append(g.name()).append("' THEN '")
                    .append(g == Gender.UNKNOWN ? "" : m.get("gender." + g.name())).append('\'');
        }
        StringBuilder status = new StringBuilder("CASE c.status");
        for (CustomerStatus s : CustomerStatus.values()) {
            status.append(" WHEN '").append(s.name()).append("' THEN '").append(m.get("status." + s.name()))
                    .append('\'');
        }
        String yes = m.get("csv.yes");
        String no = m.get("csv.no");
        StringBuilder sql = new StringBuilder("SELECT c.customer_number, ").append(gender).append(" END AS gender,")
                .append(" c.first_name, c.last_name, c.company, c.street, c.postcode, c.city, c.country, c.phone,")
                .append(" c.mobile, c.email, c.birth_date, c.occupation, c.notes, ").append(status).append(" END AS status,")
                .append(" (SELECT LISTAGG(t.name, ', ') WITHIN GROUP (ORDER BY ct.position)")
                .append(" FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = c.id) AS tags");
        for (String channel : List.of("EMAIL", "POST", "SMS")) {
            sql.append(", (SELECT CASE WHEN cc.granted THEN '").append(yes).append("' ELSE '").append(no)
                    .append("' END || ' ' || cc.changed_on || CASE WHEN cc.source = '' THEN '' ELSE ' '")
                    .append(" || cc.source END FROM customer_consent cc WHERE cc.customer_id = c.id")
                    .append(" AND cc.channel = '").append(channel).append("') AS consent_").append(channel);
        }
        sql.append(", CASE WHEN c.archived THEN '").append(yes).append("' ELSE '' END AS archived, c.created_at, c.updated_at")
                .append(ACTIVE_BY_NAME);
        return sql.toString();
    }

    // ---- import ------------------------------------------------------------------------------------

    /** The exported file imported into empty data folders vs. H2's CSVREAD into a scratch table. */
    private void importFile(Path csv, List<CustomerColumn> columns, Path baseline) throws Exception {
        double[] total = new double[3];
        double[] plan = new double[3];
        double[] execute = new double[3];
        double[] csvRead = new double[3];
        ImportResult result = null;
        for (int run = 0; run < 3; run++) {
            try (AppContext target = AppContext.open(work.resolve("import-" + run), LOCALE)) {
                ImportService importer = target.importer();
                long start = System.nanoTime();
                ImportService.Request request = importer.suggest(csv, CsvFormat.detect(csv), ImportOptions.DEFAULT);
                ImportPlan planned = importer.plan(request, Progress.NONE);
                plan[run] = seconds(start);
                long executeStart = System.nanoTime();
                result = importer.execute(planned, Progress.NONE);
                execute[run] = seconds(executeStart);
                total[run] = seconds(start);
            }
            deleteTree(work.resolve("import-" + run));
            try (AppContext raw = AppContext.open(baseline, LOCALE)) {
                csvRead[run] = time(() -> csvRead(raw, csv, columns));
            }
        }
        double ours = median(total);
        figure("import.s", "ours", ours, "csvread_insert", median(csvRead), "<=8s", ours <= 8);
        info("import.plan_s", "ours", median(plan), "read, parse, check and match every row");
        info("import.execute_s", "ours", median(execute),
                "insert in one transaction, then put the rows into the index");
        System.out.printf(Locale.ROOT, "# import   %d created, %d updated, %d skipped, %d invalid (median of 3 runs,"
                + " each into a new empty data folder)%n", result.created(), result.updated(), result.skipped(),
                result.invalid());
    }

    /**
     * INSERT ... SELECT FROM CSVREAD into a scratch table with the file's columns and, on the
     * matching columns, the customer table's unique number and five secondary indexes.
     */
    private static void csvRead(AppContext raw, Path csv, List<CustomerColumn> columns) throws SQLException {
        String read = "CSVREAD('" + csv.toString().replace("'", "''") + "', NULL, 'charset=UTF-8 fieldSeparator=;')";
        try (Connection c = raw.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_import");
            s.execute("CREATE TABLE bench_import AS SELECT * FROM " + read + " WITH NO DATA");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT * FROM bench_import")) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    names.add('"' + rs.getMetaData().getColumnName(i).replace("\"", "\"\"") + '"');
                }
            }
            java.util.function.Function<CustomerColumn, String> col = cc -> names.get(columns.indexOf(cc));
            String last = col.apply(CustomerColumn.LAST_NAME);
            String first = col.apply(CustomerColumn.FIRST_NAME);
            s.execute("CREATE UNIQUE INDEX bench_number ON bench_import (" + col.apply(CustomerColumn.NUMBER) + ")");
            s.execute("CREATE INDEX bench_sort ON bench_import (" + last + ", " + first + ", "
                    + col.apply(CustomerColumn.COMPANY) + ")");
            s.execute("CREATE INDEX bench_email ON bench_import (" + col.apply(CustomerColumn.EMAIL) + ")");
            s.execute("CREATE INDEX bench_phone ON bench_import (" + col.apply(CustomerColumn.PHONE) + ")");
            s.execute("CREATE INDEX bench_mobile ON bench_import (" + col.apply(CustomerColumn.MOBILE) + ")");
            s.execute("CREATE INDEX bench_name ON bench_import (" + last + ", " + first + ")");
            s.execute("INSERT INTO bench_import SELECT * FROM " + read);
        }
    }

    // ---- start-up and memory -------------------------------------------------------------------------

    /**
     * The packaged app started on the customer list vs. a bare JavaFX window with the same class
     * path: JVM uptime when the first window is shown, then resident memory once the customer index
     * has loaded and memory no longer grows.
     */
    private void startup(Path data) throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            skipped("startup.window_ms", "no DISPLAY: run the command under " + XVFB);
            skipped("memory.rss_list_open_mb", "no DISPLAY: run the command under " + XVFB);
            return;
        }
        if (jar == null || !Files.exists(Path.of(jar))) {
            skipped("startup.window_ms", "no packaged app at " + jar + ": run through mvn -Pbench verify");
            skipped("memory.rss_list_open_mb", "no packaged app at " + jar);
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> appJvmOptions = Stream.of(System.getProperty("bench.appJvmOptions", "").split("\\s+"))
                .filter(o -> !o.isEmpty()).toList();
        double[] appMs = new double[GUI_RUNS];
        double[] appMb = new double[GUI_RUNS];
        double[] bareMs = new double[GUI_RUNS];
        double[] bareMb = new double[GUI_RUNS];
        for (int run = 0; run < GUI_RUNS; run++) {
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(appJvmOptions);
            // No arguments, as a user starts it; the data folder comes from the environment.
            command.addAll(List.of("-Dstammkunde.startScreen=customers", "-Duser.language=de", "-Duser.country=DE",
                    "-jar", jar));
            Window app = launch(command, Map.of(DataDirectory.ENV, data.toString()),
                    data.resolve("logs").resolve("stammkunde.0.log"), "app-" + run);
            appMs[run] = app.shownMs();
            appMb[run] = app.rssMb();
            Window bare = launch(List.of(java, "-cp", System.getProperty("java.class.path"),
                    Benchmarks.class.getName(), "bare-window"), Map.of(), null, "bare-" + run);
            bareMs[run] = bare.shownMs();
            bareMb[run] = bare.rssMb();
        }
        double ms = median(appMs);
        double mb = median(appMb);
        figure("startup.window_ms", "ours", ms, "bare_javafx", median(bareMs), "<=2500ms", ms <= 2500);
        figure("memory.rss_list_open_mb", "ours", mb, "bare_javafx", median(bareMb), "<=350MB", mb <= 350);
        System.out.printf(Locale.ROOT, "# startup  app JVM options %s; runs: window %s ms, rss %s MB (median of %d"
                + " runs each); %s%n", appJvmOptions, Arrays.toString(appMs), Arrays.toString(appMb), GUI_RUNS,
                lastHeap);
    }

    private record Window(double shownMs, double rssMb) {
    }

    private String lastHeap = "";

    /**
     * Starts a window process, waits for its "first window shown" line (in the log file, or on its
     * output when there is none), lets it settle, reads its resident memory and stops it.
     */
    private Window launch(List<String> command, Map<String, String> env, Path log, String name) throws Exception {
        Path out = work.resolve(name + ".out");
        long logStart = log != null && Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        // The harness's own JVM options (from the bench profile) are not the child's: the app gets
        // them on its command line, the bare window gets the JVM's defaults.
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            Matcher shown = null;
            while (shown == null) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " did not show a window; output:\n" + tail(out));
                }
                Thread.sleep(50);
                shown = WINDOW_SHOWN.matcher(log != null ? textFrom(log, logStart) : textFrom(out, 0));
                if (!shown.find()) {
                    shown = null;
                }
            }
            double shownMs = Double.parseDouble(shown.group(1));
            double rss = settledRssMb(process.pid());
            if (log != null) {
                lastHeap = "last run's Java heap: " + heapInfo(process.pid());
            }
            return new Window(shownMs, rss);
        } finally {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Resident memory once it has grown by less than 1% over three seconds (at least 10 s after showing). */
    private static double settledRssMb(long pid) throws Exception {
        List<Long> samples = new ArrayList<>();
        long start = System.nanoTime();
        while (true) {
            Thread.sleep(250);
            samples.add(rssKb(pid));
            int n = samples.size();
            boolean longEnough = System.nanoTime() - start > 10_000_000_000L;
            if (longEnough && n > 12) {
                long now = samples.get(n - 1);
                long before = samples.get(n - 13);
                if (now - before < before / 100 || System.nanoTime() - start > 60_000_000_000L) {
                    return now / 1024.0;
                }
            }
        }
    }

    /** The heap line of {@code jcmd <pid> GC.heap_info}: how much of the resident memory is Java heap. */
    private static String heapInfo(long pid) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            // G1 prints one "heap total" line, the serial collector one per generation: add them up.
            Matcher m = Pattern.compile("(?:heap|generation)\\s+total (\\d+)K, used (\\d+)K").matcher(text);
            long committed = 0;
            long used = 0;
            while (m.find()) {
                committed += Long.parseLong(m.group(1));
                used += Long.parseLong(m.group(2));
            }
            return committed == 0 ? "unknown" : String.format(Locale.ROOT, "committed %d MB, used %d MB",
                    committed / 1024, used / 1024);
        } catch (IOException | InterruptedException e) {
            return "unknown (" + e + ")";
        }
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static String textFrom(Path file, long offset) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        byte[] bytes = Files.readAllBytes(file);
        int from = (int) Math.min(offset, bytes.length);
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        String text = textFrom(file, 0);
        return text.substring(Math.max(0, text.length() - 3000));
    }

    /** The baseline window: JavaFX alone, no database, no index, no screens. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Stammkunde"), 900, 600));
            stage.setOnShown(e -> System.out.println("First window shown after "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms JVM uptime"));
            stage.show();
        }
    }

    // ---- output and helpers ----------------------------------------------------------------------

    private interface Work {
        void run() throws Exception;
    }

    private static void phase(String name, Work work) {
        try {
            work.run();
        } catch (Exception | Error e) {
            System.out.printf("%-26s FAILED  %s%n", name, e);
            e.printStackTrace();
        }
    }

    private static void figure(String name, String oursLabel, double ours, String baseLabel, double base,
            String target, Boolean met) {
        String verdict = met == null ? "INFO" : met ? "OK" : "MISSED";
        System.out.printf(Locale.ROOT, "%-26s %s=%-8s %s=%-8s ratio=%-6.2f target %-18s %s%n", name, oursLabel,
                number(ours), baseLabel, number(base), ours / base, target, verdict);
    }

    private static void info(String name, String oursLabel, double ours, String what) {
        System.out.printf(Locale.ROOT, "%-26s %s=%-8s (%s)  INFO%n", name, oursLabel, number(ours), what);
    }

    private static void skipped(String name, String why) {
        System.out.printf("%-26s SKIPPED  %s%n", name, why);
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long nanos(Callable<Integer> work) throws Exception {
        long start = System.nanoTime();
        int result = work.call();
        long took = System.nanoTime() - start;
        return result < 0 ? took + 1 : took;
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static int percentile(int[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long lineCount(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
