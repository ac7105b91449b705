package de.stammkunde.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Bulk work (an import, demo data) with H2 writing its pages in the background, on the other core,
 * as H2 does by default. The app opens H2 with {@code WRITE_DELAY=0}, so every commit is in the file
 * before it returns ({@link Database#openH2}); that costs a sale some 0.1 ms, but an import of
 * 100,000 rows some 3 s, because the pages of its one large transaction are then written by the
 * importing thread itself. While bulk work runs the delay is H2's default; on close it is back at 0
 * and a checkpoint puts everything in the file, so the bulk work's commit is as safe as any other
 * once this closes. Nothing happens on other databases (PostgreSQL commits durably anyway).
 */
public final class BulkWrites implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BulkWrites.class.getName());
    /** H2's own default: committed pages reach the file within half a second. */
    static final int BULK_DELAY_MS = 500;

    private final Jdbi jdbi;
    private final boolean h2;
    /** The mark of this bulk work beside the H2 file, or null (in memory, another database). */
    private final Path mark;

    private BulkWrites(Jdbi jdbi, boolean h2, Path mark) {
        this.jdbi = jdbi;
        this.h2 = h2;
        this.mark = mark;
    }

    public static BulkWrites open(Jdbi jdbi) {
        boolean h2;
        try {
            h2 = jdbi.withHandle(h -> "H2".equals(h.getConnection().getMetaData().getDatabaseProductName()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
        Path mark = null;
        if (h2) {
            mark = markBesideFile(jdbi);
            jdbi.useHandle(h -> setDelay(h, BULK_DELAY_MS));
        }
        return new BulkWrites(jdbi, h2, mark);
    }

    /**
     * Marks the H2 file as in bulk work until {@link #close}: work that breaks off (a killed process) left
     * its pages in the file, and the next start compacts it ({@link Database#openH2}). Null in memory.
     */
    private static Path markBesideFile(Jdbi jdbi) {
        String path = jdbi.withHandle(h -> h.createQuery("SELECT DATABASE_PATH()").mapTo(String.class).one());
        if (path == null) {
            return null;
        }
        Path mark = Database.bulkWorkMark(Path.of(path + ".mv.db"));
        try {
            Files.writeString(mark, "Stammkunde is importing or creating demo data into the file beside this.");
            return mark;
        } catch (IOException e) {
            // no mark: a broken-off run leaves the file larger, nothing else
            LOG.log(Level.WARNING, "Could not mark bulk work: " + mark, e);
            return null;
        }
    }

    @Override
    public void close() {
        if (!h2) {
            return;
        }
        try {
            jdbi.useHandle(h -> {
                setDelay(h, 0);
                h.execute("CHECKPOINT");
            });
        } catch (RuntimeException e) {
            // The data is committed either way; at worst it reaches the file half a second later.
            LOG.log(Level.WARNING, "Could not set H2's write delay back to 0", e);
        }
        if (mark != null) {
            try {
                Files.deleteIfExists(mark);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete " + mark, e);
            }
        }
    }

    private static void setDelay(Handle handle, int milliseconds) {
        handle.execute("SET WRITE_DELAY " + milliseconds);
    }
}
