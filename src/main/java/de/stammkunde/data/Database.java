package de.stammkunde.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import de.stammkunde.data.migration.V11__Points_keep_their_value;
import de.stammkunde.data.migration.V3__Foreign_keys_share_indexes;
import de.stammkunde.domain.customers.Text;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The one connection pool of a running app. For H2 the pool stays open for the app's lifetime:
 * H2 holds its file lock only while a connection is open, and that lock is what keeps a second
 * Stammkunde on the same data folder out.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** H2: "Database may be already in use". */
    private static final String H2_LOCKED = "90020";
    private static final String H2_FILE_CORRUPTED = "90030";
    private static final String H2_CLOSED = "90098";
    /** H2's "table not found", also "… (this database is empty)" and "… (candidates are …)". */
    private static final java.util.Set<Integer> H2_NO_TABLE = java.util.Set.of(42102, 42103, 42104);
    /**
     * An H2 file of no table is 16 KB (H2 2.x), a small shop's compacted file 24 KB. A larger one than
     * 16 KB without Stammkunde's tables had them once and lost them: H2 falls back to what it can still
     * read of a file cut short, which may be nothing. (At 64 KB, a small shop's cut file was taken for
     * a new one.)
     */
    static final long EMPTY_H2_FILE_BYTES = 16 * 1024;
    public static final String FILE_NAME = "stammkunde";
    /** Free space an update needs besides the copy of the file it makes first: its own writes, the log. */
    static final long ROOM_BESIDES_COPY = 16L * 1024 * 1024;

    /** Opened again after the file was copied before an update (see {@link #migrate}). */
    private volatile HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean h2File;
    /** The H2 file and its size before H2 opened it (0: it was new), or null for any other database. */
    private final Path file;
    private final long sizeBeforeOpen;
    /** The H2 file's JDBC URL, to open the pool again; null for any other database. */
    private final String url;
    private volatile boolean compactOnClose;

    private Database(HikariDataSource dataSource, Path file, long sizeBeforeOpen, String url) {
        this.dataSource = dataSource;
        this.h2File = file != null;
        this.file = file;
        this.sizeBeforeOpen = sizeBeforeOpen;
        this.url = url;
        this.jdbi = Jdbi.create(() -> this.dataSource.getConnection()).installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new TextWithoutNul());
    }

    /**
     * Every text written or looked up without NUL characters. No text has one, but a barcode scanner or
     * a paste can type it into a field; H2 stored it, and PostgreSQL refused it ("invalid byte sequence for
     * encoding UTF8: 0x00"), so the sale or the customer was not saved: "the database did not answer".
     */
    static final class TextWithoutNul extends AbstractArgumentFactory<String> {

        TextWithoutNul() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(String value, ConfigRegistry config) {
            String text = Text.withoutNul(value);
            return (position, statement, context) -> statement.setString(position, text);
        }
    }

    /** Opens (and creates) the H2 file database in the data folder. */
    public static Database openH2(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + dataDirectory, e);
        }
        // An 8 MB page cache instead of H2's 64 MB: the list and its search run on the in-memory
        // index, so the cache mostly held rows read once, and the counter reads a few pages of one
        // customer at a time from a file far larger than any cache; this keeps resident memory down.
        // Results of up to 250,000 rows stay in memory: H2's default scales with the maximum heap
        // (some 30,000 rows at the app's 768 MB) and writes larger ones into the database file,
        // which made an export of 100,000 customers several times slower.
        // WRITE_DELAY=0: each commit is in the file (the operating system's) before it returns. H2's
        // default writes commits up to half a second later, and a process killed in between lost
        // them, a sale just booked included (KilledProcessTest); the write costs some 0.1 ms.
        String url = "jdbc:h2:file:" + dataDirectory.resolve(FILE_NAME).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;CACHE_SIZE=8192;MAX_MEMORY_ROWS=250000;WRITE_DELAY=0";
        Path file = dataDirectory.resolve(FILE_NAME + ".mv.db");
        FileChannel updating = null;
        try {
            updating = updateLock(file, false);
            if (updating == null) {
                throw new DatabaseInUseException(dataDirectory, null); // by one that copies the file to update it
            }
            dropBrokenOffSetUp(file);
        } catch (IOException e) {
            // a folder that cannot be written: H2 says so as it opens the file
        }
        long sizeBeforeOpen;
        try {
            sizeBeforeOpen = Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            sizeBeforeOpen = 0;
        }
        if (sizeBeforeOpen > 0 && H2FileEnd.cutOff(file)) {
            // H2 would open an older state of it and say nothing: the last sales, customers, points gone
            closeQuietly(updating);
            throw new DamagedDatabaseException(file, setAside(file), null);
        }
        try {
            Database database = new Database(openPool(url, dataDirectory), file, sizeBeforeOpen, url);
            database.compactAfterBrokenOffBulkWork();
            return database;
        } catch (HikariPool.PoolInitializationException e) {
            if (hasState(e, H2_FILE_CORRUPTED)) {
                throw new DamagedDatabaseException(file, setAside(file), e);
            }
            throw e;
        } finally {
            closeQuietly(updating);
        }
    }

    /** The mark of bulk work under way ({@link BulkWrites}), beside the H2 file. */
    static Path bulkWorkMark(Path file) {
        return file.resolveSibling(FILE_NAME + ".bulk-work");
    }

    /**
     * Bulk work that broke off (the process was killed, the power went) is undone by H2 as it opens the file,
     * but the pages it wrote stayed: after 100,000 demo customers cut off before their commit, the file of a
     * shop with no customers was 1 GB, and stayed so, as only the command line compacts it. The mark {@link
     * BulkWrites} leaves while it works says so; the file is then compacted at once, before the app goes on.
     * A compaction that fails (too little room) loses nothing: the file only stays larger.
     */
    private void compactAfterBrokenOffBulkWork() {
        Path mark = bulkWorkMark(file);
        if (!Files.exists(mark)) {
            return;
        }
        LOG.warning("An import or demo data in " + file + " did not end (the process was killed); the file is"
                + " compacted");
        shutdownCompact();
        dataSource.close();
        dataSource = openPool(url, file.getParent());
        deleteQuietly(mark);
    }

    /** The pool of an H2 file; another Stammkunde holding the file is a {@link DatabaseInUseException}. */
    private static HikariDataSource openPool(String url, Path dataDirectory) {
        try {
            return pool(url, "sa", "", 4);
        } catch (HikariPool.PoolInitializationException e) {
            if (isLocked(e)) {
                throw new DatabaseInUseException(dataDirectory, e);
            }
            throw e;
        }
    }

    /** Any JDBC URL: an in-memory H2 for tests, or PostgreSQL for several counters. */
    public static Database open(String url, String user, String password, int poolSize) {
        return new Database(pool(url, user, password, poolSize), null, 0, null);
    }

    private static HikariDataSource pool(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("stammkunde");
        // Fail at once (and so report a locked file) instead of retrying for 30 s.
        config.setInitializationFailTimeout(1);
        config.setIdleTimeout(0);
        config.setMaxLifetime(0);
        return new HikariDataSource(config);
    }

    /** H2's "the database has been closed": after a failed write (a full drive) it closes itself. */
    public static boolean isClosed(Throwable e) {
        return hasState(e, H2_CLOSED);
    }

    private static boolean isLocked(Throwable e) {
        return hasState(e, H2_LOCKED);
    }

    private static boolean hasState(Throwable e, String sqlState) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The newest schema version this build brings: its highest migration. {@code
     * DatabaseMigrationTest} fails when a new migration comes without raising it.
     */
    static final int SCHEMA_VERSION = 11;

    /**
     * Brings the schema up to date; safe to call on every start. Refuses data written by a newer
     * version ({@link NewerDataException}): this build does not know its tables, and writing to
     * them could lose what the newer version keeps there.
     * <p>
     * An H2 file is copied before its update, which then either finishes or leaves the file as it was
     * ({@link UpdateFailedException}): H2 commits each CREATE or ALTER at once, so a migration that
     * failed half way (a full drive) kept its first tables, and every later start failed on them with
     * Flyway's "Failed to execute script V2__….sql" — the shop could not open its data again. An
     * update that broke off (the power went) is found by its copy at the next start and begun anew
     * from it. The copy is forced to the disk before it gets its name: otherwise the name could reach the
     * disk and its content not, and that empty copy was put over the shop's file. A copy that cannot be read
     * all the same is set aside, never put back. PostgreSQL rolls a failed migration back by itself.
     */
    public int migrate() {
        return migrate(Database::flyway);
    }

    /** {@link #migrate()} with the Flyway {@code flywayOf} makes for the pool (tests add a failing migration). */
    int migrate(Function<DataSource, Flyway> flywayOf) {
        int newest = newestApplied();
        if (newest > SCHEMA_VERSION) {
            throw new NewerDataException(newest, SCHEMA_VERSION);
        }
        if (!h2File) {
            return newest == SCHEMA_VERSION ? 0 : flywayOf.apply(dataSource).migrate().migrationsExecuted;
        }
        Path before = file.resolveSibling(FILE_NAME + "-before-update.mv.db");
        if (newest == SCHEMA_VERSION) {
            deleteQuietly(before); // of an update that finished, the process ending before it was deleted
            return 0;
        }
        try (FileChannel lock = updateLock(file, true)) {
            if (lock == null) {
                dataSource.close();
                throw new DatabaseInUseException(file.getParent(), null);
            }
            if (newest < 0 && sizeBeforeOpen == 0) {
                return setUp(flywayOf);
            }
            if (Files.exists(before)) {
                if (isWholeCopy(before)) {
                    LOG.warning("An update of " + file + " broke off; it starts again from the copy made before it");
                    reopenAfter(() -> Files.move(before, file, StandardCopyOption.REPLACE_EXISTING));
                } else {
                    Path aside = before.resolveSibling(FILE_NAME + "-before-update-unreadable-" + stamp() + ".mv.db");
                    LOG.warning("The copy made before an update of " + file + " cannot be read (the power went before"
                            + " it was on the disk); it is kept as " + aside + ", the update starts from the file");
                    Files.move(before, aside);
                }
            }
            long room = Files.size(file) + ROOM_BESIDES_COPY;
            if (Files.getFileStore(file).getUsableSpace() < room) {
                dataSource.close();
                throw new UpdateFailedException(file.getParent(), room);
            }
            Path part = before.resolveSibling(before.getFileName() + ".part");
            reopenAfter(() -> {
                try {
                    Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
                    try (FileChannel copied = FileChannel.open(part, StandardOpenOption.WRITE)) {
                        copied.force(true);
                    }
                } catch (IOException e) {
                    deleteQuietly(part); // on a full drive, what was copied took the last space
                    throw e;
                }
                Files.move(part, before, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                forceFolder(before.getParent());
            });
            int done;
            try {
                done = flywayOf.apply(dataSource).migrate().migrationsExecuted;
            } catch (RuntimeException e) {
                dataSource.close();
                try {
                    Files.move(before, file, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException | RuntimeException notBack) {
                    // the next start puts it back: the copy beside the file says the update broke off
                    LOG.log(Level.SEVERE, "Could not put the copy made before the update back: " + before, notBack);
                }
                throw new UpdateFailedException(file.getParent(), e);
            }
            deleteQuietly(before);
            return done;
        } catch (IOException e) {
            dataSource.close();
            throw new UpdateFailedException(file.getParent(), e);
        }
    }

    /**
     * Whether the copy made before an update is one the shop's file may be put back from: it opens and holds
     * the history of its updates. The copy is on the disk before the update writes (see {@link #migrate}); a
     * copy made without that, when the power went, was an empty file or zeros, and put back it replaced the
     * shop's own file: the next start was an empty shop, or a file that could not be opened.
     */
    private static boolean isWholeCopy(Path copy) {
        String name = copy.getFileName().toString();
        String url = "jdbc:h2:file:" + copy.resolveSibling(name.substring(0, name.length() - ".mv.db".length()))
                .toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
        try (Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            return rows.next() && rows.getInt(1) > 0;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.INFO, "Cannot read the copy made before an update: " + copy, e);
            return false;
        }
    }

    /**
     * Puts a folder's entries (a file just moved into it) on the disk, where the system lets a folder be
     * opened (Linux, macOS); on Windows it cannot be, and the move reaches the disk when NTFS writes its log.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot force the folder " + folder + " to the disk", e);
        }
    }

    /**
     * A new database is set up in place, marked by {@link #settingUp} until it is done: a set-up that failed
     * is deleted at once, and one that broke off (the power went) at the next start, which sets it up anew;
     * a half-made file was taken for a shop's damaged one. The mark goes before the app goes on, so a file
     * beside it never holds the shop's data. (Made under another name and then put in place, the new
     * database was closed and opened again in the process, and demo data written then took a third longer.)
     */
    private int setUp(Function<DataSource, Flyway> flywayOf) throws IOException {
        Path mark = settingUp(file);
        Files.writeString(mark, "Stammkunde is setting up its database beside this file.");
        try {
            int done = flywayOf.apply(dataSource).migrate().migrationsExecuted;
            Files.delete(mark);
            return done;
        } catch (RuntimeException | IOException e) {
            dataSource.close();
            deleteQuietly(file);
            deleteQuietly(mark);
            throw new UpdateFailedException(file.getParent(), e);
        }
    }

    /** The mark of a new database being set up. */
    private static Path settingUp(Path file) {
        return file.resolveSibling(FILE_NAME + ".setting-up");
    }

    /** A new database whose set-up broke off is deleted, so that this start sets it up anew. */
    private static void dropBrokenOffSetUp(Path file) throws IOException {
        Path mark = settingUp(file);
        if (Files.exists(mark)) {
            LOG.warning("The set-up of the new database " + file + " broke off; it starts again");
            Files.deleteIfExists(file);
            Files.delete(mark);
        }
    }

    /**
     * Held while an H2 file is copied and updated, and by every start while it opens the file: during the
     * copy the file is unlocked, and a second Stammkunde started then (a double click more) opened it and,
     * closing it again, rewrote it under the copy. Null when another process holds it. {@code wait}: an
     * update waits for a start that holds it for a moment while opening the file; a start never waits.
     */
    private static FileChannel updateLock(Path file, boolean wait) throws IOException {
        FileChannel channel = FileChannel.open(file.resolveSibling(FILE_NAME + ".update.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if ((wait ? channel.lock() : channel.tryLock()) != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // held in this process (tests)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return null;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not release the update lock", e);
            }
        }
    }

    /** Does {@code work} on the closed file (H2 closes it with its last connection), then opens the pool again. */
    private void reopenAfter(FileWork work) throws IOException {
        dataSource.close();
        work.run();
        dataSource = openPool(url, file.getParent());
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
    }

    Flyway flyway() {
        return flyway(dataSource);
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V3__Foreign_keys_share_indexes(), new V11__Points_keep_their_value())
                .load();
    }

    /**
     * The newest version in Flyway's history, or -1 when there is none (a new database) or a row
     * failed or is no plain number. This build's own newest means Flyway has nothing to do, and
     * asking it (it reads the class path for migrations and loads some 400 classes) took 0.2 s of
     * every start, before the window could show; -1 and older versions go to Flyway. An H2 file
     * that is no new one but lacks its history, or whose history H2 finds corrupt, is damaged.
     */
    private int newestApplied() {
        if (!hasHistory()) {
            // Asked for first: the select below on a new file made H2 write "Table not found" with a stack
            // trace into stammkunde.trace.db, an error file in a new shop's data folder before anything went wrong.
            if (h2File && (sizeBeforeOpen > EMPTY_H2_FILE_BYTES || hasTables(0))) {
                throw damaged(null);
            }
            return -1;
        }
        int newest = 0;
        boolean any = false;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rows.next()) {
                any = true;
                String version = rows.getString(1);
                if (!rows.getBoolean(2) || version != null && !version.matches("\\d+")) {
                    return -1;
                }
                if (version != null) {
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
        } catch (SQLException e) {
            if (!h2File) {
                return -1; // no history yet: a new database
            }
            if (!H2_NO_TABLE.contains(e.getErrorCode())) {
                throw unreadable(e);
            }
            if (sizeBeforeOpen > EMPTY_H2_FILE_BYTES || hasTables(0)) {
                throw damaged(e);
            }
            return -1;
        }
        if (!any && h2File && hasTables(1)) {
            throw damaged(null); // tables but no history of making them: what H2 could read of a cut file
        }
        return newest;
    }

    /** Whether Flyway's history table is there: a new database has none yet. */
    private boolean hasHistory() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_NAME = 'flyway_schema_history'")) {
            return rows.next() && rows.getInt(1) > 0;
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /** More than {@code besidesHistory} tables of the app's own. */
    private boolean hasTables(int besidesHistory) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            return rows.next() && rows.getInt(1) > besidesHistory;
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /**
     * A read of the file that failed: damaged only when H2 says so (90030). Any other error (a read
     * error of a USB stick or network drive, too little memory, a lock timeout) is no sign of a
     * damaged file, and a healthy shop's file was set aside for it: the next start was an empty shop.
     */
    private RuntimeException unreadable(SQLException e) {
        if (hasState(e, H2_FILE_CORRUPTED)) {
            return damaged(e);
        }
        return new IllegalStateException("Cannot read the database " + file + ": " + e.getMessage(), e);
    }

    /**
     * An H2 file found damaged is closed and set aside, never started afresh: the next start took it
     * for a new, empty database (0 customers and the offer of demo data) and wrote over its remains.
     * Set aside, the next start is a new database the user was told of. What is set aside is what H2
     * left of the file, which cuts off what it cannot read as it opens it: often little, so the
     * message asks for a backup rather than promising a rescue.
     * A file cut to half its size opened with 0 customers; one missing its last pages failed with
     * Flyway's "Failed to execute script V1__customers.sql".
     */
    private DamagedDatabaseException damaged(Throwable cause) {
        dataSource.close();
        return new DamagedDatabaseException(file, setAside(file), cause);
    }

    private static Path setAside(Path file) {
        Path aside = file.resolveSibling(FILE_NAME + "-damaged-" + stamp() + ".mv.db");
        try {
            return Files.move(file, aside);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not set the damaged database file aside: " + file, e);
            return file;
        }
    }

    /** The time in a file name: 2026-11-24T13-15-38. */
    private static String stamp() {
        return java.time.LocalDateTime.now().withNano(0).toString().replace(":", "-");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * H2 file only: rewrite the file without its unused space when closing ({@code SHUTDOWN
     * COMPACT}). H2 keeps old versions of the pages a bulk write changed and only gives the space
     * back by reusing it, so 100,000 demo customers with their purchases leave a file of 1.6 GB that
     * holds 216 MB; compacting it takes about 8 s. The command line does this after its bulk
     * commands; the app's own close stays quick.
     */
    public void compactOnClose() {
        compactOnClose = h2File;
    }

    @Override
    public void close() {
        if (compactOnClose) {
            shutdownCompact();
        }
        dataSource.close();
    }

    /** H2's {@code SHUTDOWN COMPACT}; the pool is to be closed after it. */
    private void shutdownCompact() {
        boolean compacted = false;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // Once shut down, H2 refuses the pool's clean-up of its connections and put each refusal,
            // with its stack trace, into stammkunde.trace.db after every bulk command.
            statement.execute("SET TRACE_LEVEL_FILE 0");
            statement.execute("SHUTDOWN COMPACT");
            compacted = true;
        } catch (SQLException e) {
            // Once shut down, H2 refuses the pool's clean-up of the connection: expected. Before
            // that, the data is safe either way; only the file stays larger.
            if (!compacted) {
                LOG.log(Level.WARNING, "Could not compact the database file", e);
            }
        }
    }
}
