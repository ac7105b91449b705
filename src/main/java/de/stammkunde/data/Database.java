package de.stammkunde.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The one connection pool of a running app. For H2 the pool stays open for the app's lifetime:
 * H2 holds its file lock only while a connection is open, and that lock is what keeps a second
 * Stammkunde on the same data folder out.
 */
public final class Database implements AutoCloseable {

    /** H2: "Database may be already in use". */
    private static final String H2_LOCKED = "90020";
    public static final String FILE_NAME = "stammkunde";

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Opens (and creates) the H2 file database in the data folder. */
    public static Database openH2(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + dataDirectory, e);
        }
        // A 16 MB page cache instead of H2's 64 MB: the list and its search run on the in-memory
        // index, so the cache mostly held rows read once; this keeps the app's resident memory down.
        String url = "jdbc:h2:file:" + dataDirectory.resolve(FILE_NAME).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;CACHE_SIZE=16384";
        try {
            return open(url, "sa", "", 4);
        } catch (HikariPool.PoolInitializationException e) {
            if (isLocked(e)) {
                throw new DatabaseInUseException(dataDirectory, e);
            }
            throw e;
        }
    }

    /** Any JDBC URL: an in-memory H2 for tests, or PostgreSQL for several counters. */
    public static Database open(String url, String user, String password, int poolSize) {
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
        return new Database(new HikariDataSource(config));
    }

    private static boolean isLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && H2_LOCKED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Brings the schema up to date; safe to call on every start. */
    public int migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
