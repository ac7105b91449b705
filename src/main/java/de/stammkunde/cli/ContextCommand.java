package de.stammkunde.cli;

import de.stammkunde.app.AppContext;
import de.stammkunde.app.AppLogging;
import de.stammkunde.app.DataDirectory;
import de.stammkunde.app.OpeningFailures;
import de.stammkunde.data.Database;
import de.stammkunde.data.DatabaseInUseException;
import de.stammkunde.i18n.Messages;
import de.stammkunde.service.DiskSpace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that works on the data folder's database; opens it, runs, closes it. */
abstract class ContextCommand implements Callable<Integer> {

    static final int EXIT_IN_USE = 3;
    /** A data folder that is a file or cannot be written: the user has to name another one. */
    static final int EXIT_BAD_DATA_DIR = 2;

    private static final Logger LOG = Logger.getLogger(ContextCommand.class.getName());

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    Path dataDir;

    @Spec
    CommandSpec spec;

    final Messages messages = new Messages(Locale.getDefault());

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Checks the command's own options and files before the data folder is touched: a mistyped
     * value neither creates a data folder nor waits for another Stammkunde to let go of it.
     * Returns 0 when they are fine, else the exit code (having said what is wrong).
     */
    int checkOptions() throws Exception {
        return 0;
    }

    /**
     * True for a command that only reads what is stored (an export, a check): a folder without a
     * database is then a mistyped --data-dir, not a new shop. It made an empty database there and
     * exported its 0 customers as if all was well.
     */
    boolean readsStoredData() {
        return false;
    }

    /**
     * True for a run that must write nothing (an import's {@code --dry-run}): in a folder without data it is
     * checked against an empty database of its own, thrown away afterwards. It made the folder and an empty
     * database there, after saying "nothing was written".
     */
    boolean writesNothing() {
        return false;
    }

    @Override
    public Integer call() throws Exception {
        int wrong = checkOptions();
        if (wrong != 0) {
            return wrong;
        }
        Path dir = DataDirectory.resolve(dataDir != null ? dataDir : parentDataDir());
        boolean noData = !Files.isRegularFile(dir) && !Files.exists(dir.resolve(Database.FILE_NAME + ".mv.db"));
        if (readsStoredData() && noData) {
            err().println(messages.get("cli.dataDir.noData", dir.toString()));
            return EXIT_BAD_DATA_DIR;
        }
        if (writesNothing() && noData) {
            Path scratch = Files.createTempDirectory("stammkunde-dry-run");
            try {
                // its log stays out of it: on Windows an open log file would keep the folder from being deleted
                return open(scratch, null);
            } finally {
                deleteQuietly(scratch);
            }
        }
        return open(dir, dir);
    }

    /** Runs on the database in {@code dir}, logging into {@code logDir} (null: the terminal only). */
    private int open(Path dir, Path logDir) throws Exception {
        if (!usable(dir)) {
            return EXIT_BAD_DATA_DIR;
        }
        AppLogging.forCommandLine(logDir);
        AppContext context;
        try {
            context = AppContext.open(dir, messages.locale());
        } catch (DatabaseInUseException e) {
            err().println(messages.get("cli.inUse", dir.toString()));
            return EXIT_IN_USE;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot open the database in " + dir, e);
            boolean driveFull = DiskSpace.ranOut(e, dir);
            err().println(OpeningFailures.text(messages, dir, e, driveFull).orElseGet(() -> driveFull
                    ? messages.get("error.diskFull", dir.toString())
                    : messages.get("startup.failed", dir.toString(), String.valueOf(e.getMessage()))));
            return CliErrors.EXIT_FAILED;
        }
        try (context) {
            return run(context);
        } catch (RuntimeException e) {
            if (!context.ranOutOfSpace(e)) {
                throw e;
            }
            // It said "Das hat nicht geklappt: org.h2.jdbc.JdbcBatchUpdateException: Allgemeiner Fehler: …"
            LOG.log(Level.SEVERE, "The data folder's drive is full", e);
            err().println(messages.get("error.diskFull", dir.toString()));
            return CliErrors.EXIT_FAILED;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot delete " + folder, e);
        }
    }

    /** The data folder exists or can be created, and can be written; else the user hears why not. */
    private boolean usable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err().println(messages.get("cli.dataDir.notFolder", dir.toString()));
            return false;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err().println(messages.get("cli.dataDir.notWritable", dir.toString()));
            return false;
        }
        if (!Files.isWritable(dir)) {
            err().println(messages.get("cli.dataDir.notWritable", dir.toString()));
            return false;
        }
        return true;
    }

    /** {@code stammkunde --data-dir DIR export-customers …} gives the folder before the command. */
    private Path parentDataDir() {
        CommandSpec parent = spec.parent();
        return parent != null && parent.userObject() instanceof StammkundeCommand top ? top.dataDir : null;
    }

    abstract int run(AppContext context) throws Exception;

    /** After writing many rows: the database file is compacted when the command closes it. */
    void compactAfterBulkWrite(AppContext context) {
        out().println(messages.get("cli.compacting"));
        out().flush();
        context.database().compactOnClose();
    }
}
