package de.stammkunde.data.customers;

import de.stammkunde.domain.customers.Consent;
import de.stammkunde.domain.customers.ConsentChannel;
import de.stammkunde.domain.customers.Customer;
import de.stammkunde.domain.customers.CustomerDetails;
import de.stammkunde.domain.customers.CustomerListRow;
import de.stammkunde.domain.customers.CustomerQuery;
import de.stammkunde.domain.customers.CustomerStatus;
import de.stammkunde.domain.customers.SearchableRow;
import de.stammkunde.domain.customers.Tags;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transactional;

/**
 * Customers with their tags and consents. Callers run multi-statement work inside a transaction
 * ({@link Transactional#inTransaction}); the default methods here only compose statements.
 */
@RegisterRowMapper(CustomerMapper.class)
public interface CustomerDao extends Transactional<CustomerDao>, MergeLinks {

    /** The insert {@link #insertRows} runs, its parameters in the order it binds them. */
    String INSERT = """
            INSERT INTO customer (customer_number, gender, first_name, last_name, company, street, postcode, city,
                country, phone, mobile, email, birth_date, occupation, notes, status, archived,
                email_norm, phone_digits, mobile_digits, name_key, sort_name, search_text,
                created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    /**
     * The customers' rows in one JDBC batch; their ids in the same order. Bound by hand: Jdbi's
     * arguments from record methods, looked up for each of 26 values of every row, were an eighth of
     * the time demo data took.
     */
    default long[] insertRows(List<NewCustomer> customers) {
        try (PreparedStatement insert = getHandle().getConnection().prepareStatement(INSERT, new String[] {"id"})) {
            for (NewCustomer customer : customers) {
                CustomerDetails d = customer.details();
                CustomerKeys k = customer.keys();
                Object[] values = {customer.number(), d.gender().name(), d.firstName(), d.lastName(), d.company(),
                    d.street(), d.postcode(), d.city(), d.country(), d.phone(), d.mobile(), d.email(), d.birthDate(),
                    d.occupation(), d.notes(), d.status().name(), customer.archived(), k.emailNorm(),
                    k.phoneDigits(), k.mobileDigits(), k.nameKey(), k.sortName(), k.searchText(),
                    customer.createdAt(), customer.createdAt()};
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        insert.setNull(i + 1, Types.DATE); // the birth date, the only one that may be empty
                    } else {
                        insert.setObject(i + 1, values[i]);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
            long[] ids = new long[customers.size()];
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int i = 0; i < ids.length; i++) {
                    if (!keys.next()) {
                        throw new SQLException("The database returned " + i + " ids for " + ids.length + " customers");
                    }
                    ids[i] = keys.getLong(1);
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** Inserts a customer with tags and consents; returns the new id. */
    default long insert(NewCustomer customer) {
        return insertAll(List.of(customer))[0];
    }

    /** Inserts many customers in batches; ids in the same order. Used by the import and demo data. */
    default long[] insertAll(List<NewCustomer> customers) {
        if (customers.isEmpty()) {
            return new long[0];
        }
        long[] ids = insertRows(customers);
        Map<String, Long> tagIds = tagIds(customers.stream().flatMap(c -> c.details().tags().stream()).toList());
        List<Long> tagCustomers = new ArrayList<>();
        List<Long> tagTags = new ArrayList<>();
        List<Integer> tagPositions = new ArrayList<>();
        List<Long> consentCustomers = new ArrayList<>();
        List<Consent> consents = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            CustomerDetails d = customers.get(i).details();
            List<String> tags = d.tags();
            for (int p = 0; p < tags.size(); p++) {
                tagCustomers.add(ids[i]);
                tagTags.add(tagIds.get(Tags.key(tags.get(p))));
                tagPositions.add(p);
            }
            for (Map.Entry<ConsentChannel, Consent> e : d.consents().entrySet()) {
                consentCustomers.add(ids[i]);
                channels.add(e.getKey().name());
                consents.add(e.getValue());
            }
        }
        if (!tagCustomers.isEmpty()) {
            insertTagLinks(tagCustomers, tagTags, tagPositions);
        }
        if (!consentCustomers.isEmpty()) {
            insertConsents(consentCustomers, channels, consents);
        }
        return ids;
    }

    @SqlUpdate("""
            UPDATE customer SET gender = :d.gender, first_name = :d.firstName, last_name = :d.lastName,
                company = :d.company, street = :d.street, postcode = :d.postcode, city = :d.city,
                country = :d.country, phone = :d.phone, mobile = :d.mobile, email = :d.email,
                birth_date = :d.birthDate, occupation = :d.occupation, notes = :d.notes, status = :d.status,
                email_norm = :k.emailNorm, phone_digits = :k.phoneDigits, mobile_digits = :k.mobileDigits,
                name_key = :k.nameKey, sort_name = :k.sortName, search_text = :k.searchText,
                updated_at = :now, version = version + 1
            WHERE id = :id AND version = :version""")
    int updateRow(@Bind("id") long id, @Bind("version") int version, @BindMethods("d") CustomerDetails details,
            @BindMethods("k") CustomerKeys keys, @Bind("now") LocalDateTime now);

    /** Saves edited details; false when someone else saved the customer since it was read. */
    default boolean update(Customer customer, CustomerDetails details, LocalDateTime now) {
        int rows = updateRow(customer.id(), customer.version(), details, CustomerKeys.of(customer.number(), details),
                now);
        if (rows == 0) {
            return false;
        }
        replaceTags(customer.id(), details.tags());
        replaceConsents(customer.id(), details.consents());
        return true;
    }

    @SqlUpdate("""
            UPDATE customer SET archived = :archived, updated_at = :now, version = version + 1
            WHERE id = :id AND version = :version""")
    int setArchived(@Bind("id") long id, @Bind("version") int version, @Bind("archived") boolean archived,
            @Bind("now") LocalDateTime now);

    /**
     * Blanks every field of the customer that tells who they were (GDPR erasure), keeping its number, status
     * and dates; archived, and out of every search. 0 when it was changed meanwhile.
     */
    @SqlUpdate("""
            UPDATE customer SET gender = 'UNKNOWN', first_name = '', last_name = '', company = '', street = '',
                postcode = '', city = '', phone = '', mobile = '', email = '', birth_date = NULL, occupation = '',
                notes = '', email_norm = '', phone_digits = '', mobile_digits = '', name_key = '', sort_name = '',
                search_text = '', archived = TRUE, erased_at = :now, updated_at = :now, version = version + 1
            WHERE id = :id AND version = :version""")
    int erase(@Bind("id") long id, @Bind("version") int version, @Bind("now") LocalDateTime now);

    @SqlUpdate("""
            UPDATE customer SET archived = TRUE, merged_into_id = :into, updated_at = :now, version = version + 1
            WHERE id = :id AND version = :version""")
    int markMerged(@Bind("id") long id, @Bind("version") int version, @Bind("into") long into,
            @Bind("now") LocalDateTime now);

    /** Those of {@code ids} that are not active: prospects and lost customers. */
    @SqlQuery("SELECT id FROM customer WHERE id IN (<ids>) AND status <> 'ACTIVE' ORDER BY id")
    List<Long> notActive(@BindList("ids") Collection<Long> ids);

    @SqlUpdate("""
            UPDATE customer SET status = 'ACTIVE', updated_at = :now, version = version + 1
            WHERE id IN (<ids>) AND status <> 'ACTIVE'""")
    int markActive(@BindList("ids") Collection<Long> ids, @Bind("now") LocalDateTime now);

    @SqlQuery("SELECT " + CustomerMapper.COLUMNS + " FROM customer WHERE id = :id")
    Optional<Customer> findRow(@Bind("id") long id);

    /** By number; a customer whose data was erased is not found by it any more. */
    @SqlQuery("SELECT " + CustomerMapper.COLUMNS + " FROM customer WHERE customer_number = :number AND erased_at IS NULL")
    Optional<Customer> findRowByNumber(@Bind("number") String number);

    default Optional<Customer> findById(long id) {
        return findRow(id).map(this::withTagsAndConsents);
    }

    default Optional<Customer> findByNumber(String number) {
        return findRowByNumber(number).map(this::withTagsAndConsents);
    }

    default Customer withTagsAndConsents(Customer c) {
        Map<ConsentChannel, Consent> consents = new EnumMap<>(ConsentChannel.class);
        for (ConsentRow row : consentRows(c.id())) {
            consents.put(ConsentChannel.valueOf(row.channel()), new Consent(row.granted(), row.changedOn(),
                    row.source()));
        }
        CustomerDetails details = c.details().toBuilder().tags(tagNames(c.id())).consents(consents).build();
        return new Customer(c.id(), c.number(), details, c.archived(), c.mergedIntoId(), c.createdAt(),
                c.updatedAt(), c.version(), c.erased());
    }

    @SqlQuery("SELECT customer_number FROM customer WHERE customer_number = :number")
    Optional<String> numberInUse(@Bind("number") String number);

    @SqlQuery("SELECT count(*) FROM customer")
    long count();

    // ---- numbers --------------------------------------------------------------------------------

    @SqlQuery("SELECT next_value FROM number_range WHERE range_name = 'customer' FOR UPDATE")
    long lockNextNumber();

    @SqlUpdate("UPDATE number_range SET next_value = :next WHERE range_name = 'customer'")
    void setNextNumber(@Bind("next") long next);

    @SqlQuery("SELECT customer_number FROM customer WHERE customer_number IN (<numbers>)")
    List<String> numbersInUse(@BindList("numbers") Collection<String> numbers);

    /**
     * Hands out {@code count} unused customer numbers in one go. Numbers brought in by an import may
     * sit inside the range; those are skipped, never handed out twice. Call inside a transaction.
     */
    default List<String> allocateNumbers(int count) {
        long next = lockNextNumber();
        List<String> numbers = new ArrayList<>(count);
        while (numbers.size() < count) {
            List<String> candidates = new ArrayList<>();
            for (int i = numbers.size(); i < count; i++) {
                candidates.add(Long.toString(next++));
            }
            List<String> used = new ArrayList<>();
            for (int from = 0; from < candidates.size(); from += 1000) {
                used.addAll(numbersInUse(candidates.subList(from, Math.min(candidates.size(), from + 1000))));
            }
            candidates.removeAll(new HashSet<>(used));
            numbers.addAll(candidates);
        }
        setNextNumber(next);
        return numbers;
    }

    // ---- tags -----------------------------------------------------------------------------------

    @SqlQuery("""
            SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id
            WHERE ct.customer_id = :id ORDER BY ct.position, t.name""")
    List<String> tagNames(@Bind("id") long customerId);

    @SqlQuery("SELECT name FROM tag WHERE id IN (SELECT tag_id FROM customer_tag) ORDER BY name_key")
    List<String> tagsInUse();

    @SqlQuery("SELECT id FROM tag WHERE name_key = :key")
    Optional<Long> findTag(@Bind("key") String key);

    @SqlUpdate("INSERT INTO tag (name, name_key) VALUES (:name, :key)")
    @GetGeneratedKeys("id")
    long insertTag(@Bind("name") String name, @Bind("key") String key);

    /** Tag ids by key, creating the tags that do not exist yet. */
    default Map<String, Long> tagIds(List<String> names) {
        Map<String, Long> ids = new HashMap<>();
        for (String name : names) {
            String key = Tags.key(name);
            if (!ids.containsKey(key)) {
                ids.put(key, findTag(key).orElseGet(() -> insertTag(name, key)));
            }
        }
        return ids;
    }

    @SqlUpdate("DELETE FROM customer_tag WHERE customer_id = :id")
    void deleteTags(@Bind("id") long customerId);

    @SqlBatch("INSERT INTO customer_tag (customer_id, tag_id, position) VALUES (:customer, :tag, :position)")
    void insertTagLinks(@Bind("customer") List<Long> customers, @Bind("tag") List<Long> tags,
            @Bind("position") List<Integer> positions);

    default void replaceTags(long customerId, List<String> tags) {
        deleteTags(customerId);
        if (tags.isEmpty()) {
            return;
        }
        Map<String, Long> ids = tagIds(tags);
        List<Long> customers = new ArrayList<>();
        List<Long> tagIds = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int p = 0; p < tags.size(); p++) {
            customers.add(customerId);
            tagIds.add(ids.get(Tags.key(tags.get(p))));
            positions.add(p);
        }
        insertTagLinks(customers, tagIds, positions);
    }

    // ---- consents -------------------------------------------------------------------------------

    record ConsentRow(long customerId, String channel, boolean granted, LocalDate changedOn, String source) {
    }

    @SqlQuery("""
            SELECT customer_id, channel, granted, changed_on, source FROM customer_consent
            WHERE customer_id = :id""")
    @RegisterConstructorMapper(ConsentRow.class)
    List<ConsentRow> consentRows(@Bind("id") long customerId);

    @SqlUpdate("DELETE FROM customer_consent WHERE customer_id = :id")
    void deleteConsents(@Bind("id") long customerId);

    @SqlBatch("""
            INSERT INTO customer_consent (customer_id, channel, granted, changed_on, source)
            VALUES (:customer, :channel, :c.granted, :c.date, :c.source)""")
    void insertConsents(@Bind("customer") List<Long> customers, @Bind("channel") List<String> channels,
            @BindMethods("c") List<Consent> consents);

    default void replaceConsents(long customerId, Map<ConsentChannel, Consent> consents) {
        deleteConsents(customerId);
        if (consents.isEmpty()) {
            return;
        }
        List<Long> customers = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        List<Consent> values = new ArrayList<>();
        for (Map.Entry<ConsentChannel, Consent> e : consents.entrySet()) {
            customers.add(customerId);
            channels.add(e.getKey().name());
            values.add(e.getValue());
        }
        insertConsents(customers, channels, values);
    }

    // ---- list rows ------------------------------------------------------------------------------

    /** How many customers {@link #listRows} reads per query. */
    int LIST_PAGE = 10_000;

    /**
     * Every customer's tags in their order, read in one go (the index load and the export): a plain
     * scan of the result set, as a constructor mapper per row is most of the time for 100,000 customers.
     */
    default ById<List<String>> allTags() {
        return getHandle().createQuery("""
                SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id
                ORDER BY ct.customer_id, ct.position""")
                .setFetchSize(1000)
                .scanResultSet((results, ctx) -> {
                    ById.Builder<List<String>> tags = new ById.Builder<>();
                    Map<String, String> names = new HashMap<>();
                    ResultSet rs = results.get();
                    while (rs.next()) {
                        // one string per tag, not one per customer that has it
                        String name = names.computeIfAbsent(rs.getString(2), n -> n);
                        tags.group(rs.getLong(1), () -> new ArrayList<>(3)).add(name);
                    }
                    return tags.build(List::copyOf);
                });
    }

    /**
     * Every customer that is not merged away, as list rows: the in-memory search index loads this.
     * The customers are read in pages of 10,000 in id order (a range of the primary key each): H2
     * collects a query's whole result before handing out its first row, and for all customers at
     * once that briefly took some 100 MB more, which the app's heap then kept.
     */
    default List<SearchableRow> listRows() {
        ById<List<String>> tags = allTags();
        ById<Integer> consentBits = grantedConsentBits();
        // Names, companies, postcodes and towns repeat across a shop's customers: one string for
        // each value instead of one per row.
        Map<String, String> shared = new HashMap<>();
        UnaryOperator<String> share = text -> text == null ? null : shared.computeIfAbsent(text, t -> t);
        List<SearchableRow> rows = new ArrayList<>();
        long[] last = {Long.MIN_VALUE};
        int[] read = {0};
        do {
            read[0] = 0;
            getHandle().createQuery("""
                    SELECT id, customer_number, first_name, last_name, company, postcode, city, phone, mobile,
                        email, status, archived, sort_name, search_text, merged_into_id, erased_at
                    FROM customer WHERE id > :after ORDER BY id LIMIT :page""")
                    .bind("after", last[0])
                    .bind("page", LIST_PAGE)
                    .setFetchSize(1000)
                    .scanResultSet((results, ctx) -> {
                        ResultSet rs = results.get();
                        while (rs.next()) {
                            read[0]++;
                            long id = rs.getLong(1);
                            last[0] = id;
                            rs.getLong(15);
                            if (!rs.wasNull() || rs.getTimestamp(16) != null) {
                                continue; // merged into another customer, or erased
                            }
                            rows.add(new SearchableRow(new CustomerListRow(id, rs.getString(2),
                                    share.apply(rs.getString(3)), share.apply(rs.getString(4)),
                                    share.apply(rs.getString(5)), share.apply(rs.getString(6)),
                                    share.apply(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                                    CustomerStatus.valueOf(rs.getString(11)), rs.getBoolean(12),
                                    Objects.requireNonNullElse(consentBits.get(id), 0),
                                    Objects.requireNonNullElse(tags.get(id), List.of()),
                                    rs.getString(13)), rs.getString(14)));
                        }
                        return null;
                    });
        } while (read[0] == LIST_PAGE);
        return rows;
    }

    default Optional<CustomerListRow> listRow(long id) {
        return findById(id).filter(c -> c.mergedIntoId() == null).map(CustomerListRow::of);
    }

    // ---- search in SQL (export, benchmark baseline) --------------------------------------------------

    /** Ids matching the query, in its order: the same answer the in-memory index gives. */
    default List<Long> searchIds(CustomerQuery query) {
        CustomerSearchSql sql = CustomerSearchSql.of(query);
        return sql.bind(getHandle().createQuery("SELECT c.id FROM customer c " + sql.where() + " " + sql.orderBy()))
                .mapTo(Long.class)
                .list();
    }

    /**
     * The customers matching the query, in its order, one row at a time as stored, for the export.
     * Tags and consents (each a read of a whole table) only when the caller asks for them.
     */
    default void forEachCustomerRow(CustomerQuery query, boolean withTags, boolean withConsents,
            Consumer<CustomerCursor> action) {
        ById<List<String>> tags = withTags ? allTags() : ById.empty();
        ById<Map<ConsentChannel, Consent>> consents = withConsents ? allConsents() : ById.empty();
        CustomerSearchSql sql = CustomerSearchSql.of(query);
        sql.bind(getHandle().createQuery(
                        "SELECT " + CustomerMapper.COLUMNS + " FROM customer c " + sql.where() + " " + sql.orderBy()))
                .setFetchSize(1000)
                .scanResultSet((results, ctx) -> {
                    CustomerCursor cursor = new CustomerCursor(results.get(), ctx, tags, consents);
                    while (cursor.next()) {
                        action.accept(cursor);
                    }
                    return null;
                });
    }

    /**
     * Every customer's granted consents as {@link CustomerListRow#consentBits}, for the list: only
     * the two columns the bits need (the export's {@link #allConsents} also reads dates and sources).
     */
    default ById<Integer> grantedConsentBits() {
        return getHandle().createQuery("""
                SELECT customer_id, channel FROM customer_consent WHERE granted = TRUE ORDER BY customer_id""")
                .setFetchSize(1000)
                .scanResultSet((results, ctx) -> {
                    ById.Builder<int[]> bits = new ById.Builder<>();
                    ResultSet rs = results.get();
                    while (rs.next()) {
                        int bit = ConsentChannel.valueOf(rs.getString(2)).bit();
                        bits.group(rs.getLong(1), () -> new int[1])[0] |= bit;
                    }
                    return bits.build(own -> own[0]);
                });
    }

    /** Every customer's consents, read in one go for the export (a plain scan, as {@link #allTags}). */
    default ById<Map<ConsentChannel, Consent>> allConsents() {
        return getHandle().createQuery("""
                SELECT customer_id, channel, granted, changed_on, source FROM customer_consent
                ORDER BY customer_id""")
                .setFetchSize(1000)
                .scanResultSet((results, ctx) -> {
                    ById.Builder<Map<ConsentChannel, Consent>> consents = new ById.Builder<>();
                    ResultSet rs = results.get();
                    while (rs.next()) {
                        Date changed = rs.getDate(4);
                        consents.group(rs.getLong(1), () -> new EnumMap<>(ConsentChannel.class))
                                .put(ConsentChannel.valueOf(rs.getString(2)), new Consent(rs.getBoolean(3),
                                        changed == null ? null : changed.toLocalDate(), rs.getString(5)));
                    }
                    return consents.build(Function.identity());
                });
    }

    /** How many customers match the query; for the export's progress bar. */
    default long countMatching(CustomerQuery query) {
        CustomerSearchSql sql = CustomerSearchSql.of(query);
        return sql.bind(getHandle().createQuery("SELECT count(*) FROM customer c " + sql.where()))
                .mapTo(Long.class)
                .one();
    }

    // ---- duplicates -----------------------------------------------------------------------------

    /** The normalised keys of a customer, as the import compares a whole file against them at once. */
    record KeyRow(long id, String customerNumber, String emailNorm, String phoneDigits, String mobileDigits,
            String nameKey, LocalDate birthDate, String postcode) {
    }

    @SqlQuery("""
            SELECT id, customer_number, email_norm, phone_digits, mobile_digits, name_key, birth_date, postcode
            FROM customer WHERE merged_into_id IS NULL AND erased_at IS NULL ORDER BY id""")
    @RegisterConstructorMapper(KeyRow.class)
    List<KeyRow> allKeyRows();
}
